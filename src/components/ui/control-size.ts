/**
 * ControlSize: the heights form controls come in. Input and SelectTrigger share them so a row of
 * controls lines up, and a caller picks one instead of overriding the height in `className`
 * (cn() joins classes; it does not resolve conflicts). `sm` is for controls inside table rows.
 */
export type ControlSize = 'default' | 'sm';

export const CONTROL_HEIGHT: Record<ControlSize, string> = { default: 'h-9', sm: 'h-8' };
