import { Dialog, DialogDescription, DialogTitle, SheetContent } from '@/components/ui/dialog';
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
      <SheetContent>
        <DialogTitle className="sr-only">Navigation</DialogTitle>
        <DialogDescription className="sr-only">Areas of the console</DialogDescription>
        <SidebarNav onNavigate={onClose} />
      </SheetContent>
    </Dialog>
  );
}
