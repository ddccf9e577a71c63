import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * cn: joins class names and lets later Tailwind classes win over earlier ones, so a caller's
 * `className` (always passed last) can restyle a primitive without fighting its defaults.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
