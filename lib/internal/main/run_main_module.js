'use strict';
// `apus file.js`: preload -r modules, then load the file as the main CommonJS module.

const { prepareMainThreadExecution } = require('internal/process/pre_execution');

module.exports = function runMainModule(options) {
  const { Module } = prepareMainThreadExecution(options);
  Module.runMain(process.argv[1]);
};
