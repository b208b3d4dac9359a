'use strict';
// util.parseArgs(): command-line arguments into option values and positionals, with the
// optional token list, following Node's documented rules (short groups, inline values,
// `--` terminator, strict checks and defaults).

const {
  validateArray, validateBoolean, validateObject, validateString, validateStringArray, validateBooleanArray,
  validateUnion,
} = require('internal/validators');
const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_PARSE_ARGS_INVALID_OPTION_VALUE, ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const optionOf = (options, name) => (hasOwn(options, name) ? options[name] : undefined);

function defaultArgs() {
  // The script's own arguments: after the executable and the script, or after the executable
  // alone for -e/-p code.
  const evaluating = process.execArgv.some((arg) => /^(-e|--eval|-p|--print)(=|$)/.test(arg) || /^-[^-]*[ep]/.test(arg));
  return process.argv.slice(evaluating ? 1 : 2);
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function findLongOptionForShort(shortOption, options) {
  for (const name of Object.keys(options)) {
    if (options[name].short === shortOption) return name;
  }
  return shortOption;
}

function isStringOption(shortOption, options) {
  return optionOf(options, findLongOptionForShort(shortOption, options))?.type === 'string';
}

function isShortOptionGroup(arg, options) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-' && !isStringOption(arg[1], options);
}

function isShortOptionAndValue(arg, options) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-' && isStringOption(arg[1], options);
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    if (isLoneShortOption(arg)) {
      const name = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionOf(options, name)?.type === 'string' && next !== undefined && groupCount === 0) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) index++;
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        if (!isStringOption(short, options) || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          expanded.push(`-${short}${arg.slice(i + 1)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      const name = findLongOptionForShort(arg[1], options);
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLoneLongOption(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionOf(options, name)?.type === 'string' && next !== undefined) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) index++;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const equals = arg.indexOf('=');
      const name = arg.slice(2, equals);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equals + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(token, options, allowPositionals) {
  const config = optionOf(options, token.name);
  if (config === undefined) throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  const shortAndLong = config.short !== undefined ? `-${config.short}, --${token.name}` : `--${token.name}`;
  if (config.type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (config.type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
  if (config.type === 'string' && !token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(name, value, options, values) {
  if (name === '__proto__') return;
  const newValue = value ?? true;
  if (optionOf(options, name)?.multiple) {
    if (values[name] === undefined) values[name] = [newValue];
    else values[name].push(newValue);
  } else {
    values[name] = newValue;
  }
}

function validateOptions(options) {
  for (const name of Object.keys(options)) {
    const config = options[name];
    validateObject(config, `options.${name}`);
    validateUnion(config.type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(config, 'short')) {
      validateString(config.short, `options.${name}.short`);
      if (config.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, config.short, 'must be a single character');
      }
    }
    const multiple = hasOwn(config, 'multiple') ? config.multiple : false;
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = config.default;
    if (defaultValue !== undefined) {
      const label = `options.${name}.default`;
      if (config.type === 'string') {
        if (multiple) validateStringArray(defaultValue, label);
        else validateString(defaultValue, label);
      } else if (multiple) {
        validateBooleanArray(defaultValue, label);
      } else {
        validateBoolean(defaultValue, label);
      }
    }
  }
}

function parseArgs(config = { __proto__: null }) {
  validateObject(config, 'config');
  const args = config.args ?? defaultArgs();
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const options = config.options ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateObject(options, 'options');
  validateOptions(options);

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOptionUsage(token, options, allowPositionals);
      storeOption(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const name of Object.keys(options)) {
    if (name === '__proto__') continue;
    const defaultValue = options[name].default;
    if (defaultValue !== undefined && result.values[name] === undefined) result.values[name] = defaultValue;
  }
  return result;
}

module.exports = { parseArgs };
