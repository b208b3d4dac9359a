'use strict';
// net.BlockList rules (addresses, ranges, subnets; IPv4-mapped IPv6 matching both ways) and
// net.SocketAddress.
const { BlockList, SocketAddress } = require('net');
const util = require('util');

const list = new BlockList();
list.addAddress('10.1.2.3');
list.addRange('192.168.0.10', '192.168.0.20');
list.addSubnet('2001:db8::', 32, 'IPv6');
list.addSubnet(new SocketAddress({ address: '172.16.0.0' }), 12);
console.log(list.rules);
for (const [address, family] of [['10.1.2.3'], ['::ffff:10.1.2.3', 'ipv6'], ['192.168.0.15'], ['192.168.0.21'],
  ['2001:db8:1::1', 'ipv6'], ['2001:db9::1', 'ipv6'], ['172.31.255.255'], ['172.32.0.0'], ['not an address']]) {
  console.log(address, family ?? 'ipv4', list.check(address, family));
}
for (const bad of [() => list.addAddress(1), () => list.addAddress('1.1.1.1', 'ipv5'),
  () => list.addRange('1.1.1.2', '1.1.1.1'), () => list.addSubnet('1.1.1.1', 33), () => list.check('1.1.1.1', 4),
  () => new SocketAddress({ address: 'x' }), () => new SocketAddress({ port: -1 })]) {
  try {
    bad();
  } catch (err) {
    console.log(err.name, err.code);
  }
}
const address = new SocketAddress({ address: '::1', family: 'ipv6', port: 443, flowlabel: 7 });
console.log(address.address, address.port, address.family, address.flowlabel, SocketAddress.isSocketAddress(address));
console.log(util.inspect(address), JSON.stringify(address), util.inspect(new BlockList(), { depth: -1 }));
