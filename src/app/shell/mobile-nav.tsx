import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog';
import { SidebarNav } from './sidebar-nav';

/** MobileNav: the navigation in a side sheet on small screens; loaded when first opened (app-header.tsx). */
export default function MobileNav({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <DialogContent className="left-0 top-0 h-full max-h-full w-72 max-w-72 translate-x-0 translate-y-0 rounded-none border-y-0 border-l-0 p-0">
        <DialogTitle className="sr-only">Navigation</DialogTitle>
        <DialogDescription className="sr-only">Areas of the console</DialogDescription>
        <SidebarNav onNavigate={onClose} />
      </DialogContent>
    </Dialog>
  );
}
