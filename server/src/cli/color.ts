/**
 * Colour for the text output: on a terminal only, and never when NO_COLOR asks for none (no-color.org);
 * FORCE_COLOR turns it on anywhere (or off, with `0` or `false`), as Node and most tools read it.
 * Plain ANSI codes: the output needs four colours, not a library.
 */
import type { Io } from './io';

/** Paints text for the output, or leaves it as it is when colour is off. */
export type Paint = (style: Style, text: string) => string;

export type Style = 'red' | 'yellow' | 'blue' | 'dim';

const CODES: Readonly<Record<Style, readonly [number, number]>> = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  dim: [2, 22],
};

/** Tells whether stdout should be coloured, from the environment and whether stdout is a terminal. */
export function useColor(io: Pick<Io, 'env' | 'stdoutIsTerminal'>): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTerminal && io.env.TERM !== 'dumb';
}

/** A Paint that colours when `enabled`, and otherwise returns the text unchanged. */
export function createPaint(enabled: boolean): Paint {
  if (!enabled) return (_style, text) => text;
  return (style, text) => {
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}
