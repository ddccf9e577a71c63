import { clsx, type ClassValue } from 'clsx';

/**
 * cn: joins class names (strings, conditionals, arrays), nothing more. It deliberately does not
 * resolve Tailwind conflicts the way tailwind-merge does: that library cost ~8.5 kB gzip of the
 * landing page's first load (issue 8's budget). So a component never relies on a later class
 * winning over an earlier one: a primitive exposes the choices its callers need as props or cva
 * variants (size, layout, padding, ...), and a caller's `className` only adds classes the
 * primitive does not set. Two classes for the same property (`h-9` and `h-8`) would be decided by
 * the stylesheet's order, not by their order here.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
