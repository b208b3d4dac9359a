// util.transferableAbortSignal: a transferred signal follows the original's abort and reason.
const { transferableAbortController, transferableAbortSignal } = require('util');
const controller = transferableAbortController();
const { port1, port2 } = new MessageChannel();
port1.onmessage = ({ data }) => {
  console.log('received', data instanceof AbortSignal, data.aborted);
  data.addEventListener('abort', () => {
    console.log('follower aborted', data.reason);
    port1.close();
  });
  controller.abort('stop');
};
port2.postMessage(controller.signal, [controller.signal]);
try { port2.postMessage(new AbortController().signal, [new AbortController().signal]) } catch (e) { console.log(e.name, e.message) }
try { transferableAbortSignal({}) } catch (e) { console.log(e.code, e.message) }
