import { CopyButton } from '@/components/copy-button';

/** TextBlock: command output as text in a monospace block, with the command it stands for and a copy button. */
export function TextBlock({ label, command, text }: { label: string; command?: string; text: string }) {
  return (
    <figure className="flex flex-col gap-1.5">
      <figcaption className="flex items-center justify-between gap-2 text-xs text-muted-foreground">
        <span>{command !== undefined ? <code className="font-mono">$ {command}</code> : label}</span>
        <CopyButton value={text} label={`Copy ${label}`} />
      </figcaption>
      <pre aria-label={label} className="max-h-[32rem] overflow-auto rounded-md border bg-muted/40 p-3 font-mono text-xs leading-relaxed">
        {text}
      </pre>
    </figure>
  );
}
