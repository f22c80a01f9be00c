import { describe, expect, it } from 'vitest';
import { toolChoiceFromWire } from './importTools';
import {
  forcedFunction,
  functionChoice,
  isToolChoiceSetting,
  toolChoiceToWire,
} from './toolChoice';

describe('tool choice', () => {
  it('sends the modes as strings and a function as {type, function: {name}}', () => {
    expect(toolChoiceToWire('auto')).toBe('auto');
    expect(toolChoiceToWire('none')).toBe('none');
    expect(toolChoiceToWire('required')).toBe('required');
    expect(toolChoiceToWire(functionChoice('get_weather'))).toEqual({
      type: 'function',
      function: { name: 'get_weather' },
    });
    expect(forcedFunction('auto')).toBeUndefined();
    expect(forcedFunction(functionChoice('f'))).toBe('f');
  });

  it('accepts only settings it could send', () => {
    expect(isToolChoiceSetting('auto')).toBe(true);
    expect(isToolChoiceSetting('function:get_weather')).toBe(true);
    expect(isToolChoiceSetting('function:')).toBe(false);
    expect(isToolChoiceSetting('function:bad name')).toBe(false);
    expect(isToolChoiceSetting('any')).toBe(false);
    expect(isToolChoiceSetting(null)).toBe(false);
  });

  it('reads tool_choice and the legacy function_call', () => {
    expect(toolChoiceFromWire('required')).toBe('required');
    expect(toolChoiceFromWire({ type: 'function', function: { name: 'f' } })).toBe('function:f');
    // function_call: "auto" | "none" | {name}
    expect(toolChoiceFromWire('none')).toBe('none');
    expect(toolChoiceFromWire({ name: 'lookup' })).toBe('function:lookup');
    expect(toolChoiceFromWire({ name: 'bad name' })).toBeUndefined();
    expect(toolChoiceFromWire('function:f')).toBeUndefined();
    expect(toolChoiceFromWire(3)).toBeUndefined();
  });
});
