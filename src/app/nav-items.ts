import {
  ActivityIcon,
  ClipboardCheckIcon,
  FlaskConicalIcon,
  GlobeIcon,
  KeyRoundIcon,
  MonitorSmartphoneIcon,
  NetworkIcon,
  RouteIcon,
  ServerIcon,
  SettingsIcon,
  ShieldIcon,
  SparklesIcon,
  UsersIcon,
  WaypointsIcon,
  type LucideIcon,
} from 'lucide-react';

export interface NavItem {
  label: string;
  to: string;
  icon: LucideIcon;
}

/**
 * navItems: the sidebar, in order. Only areas whose pages exist are listed (nothing fake); adding
 * an area is one entry here plus one in routes.tsx.
 */
export const navItems: readonly NavItem[] = [
  { label: 'Networks', to: '/networks', icon: NetworkIcon },
  { label: 'Peers', to: '/peers', icon: MonitorSmartphoneIcon },
  { label: 'Groups', to: '/groups', icon: UsersIcon },
  { label: 'Policies', to: '/policies', icon: ShieldIcon },
  { label: 'Network routes', to: '/routes', icon: RouteIcon },
  { label: 'Exit nodes', to: '/exit-nodes', icon: GlobeIcon },
  { label: 'DNS', to: '/dns', icon: ServerIcon },
  { label: 'Setup keys', to: '/setup-keys', icon: KeyRoundIcon },
  { label: 'Setup wizard', to: '/wizard', icon: SparklesIcon },
  { label: 'Review', to: '/review', icon: ClipboardCheckIcon },
  { label: 'Trace', to: '/trace', icon: WaypointsIcon },
  { label: 'Simulator', to: '/simulator', icon: ActivityIcon },
  { label: 'Reachability tests', to: '/tests', icon: FlaskConicalIcon },
];

/** footerNavItems: pinned to the bottom of the sidebar. */
export const footerNavItems: readonly NavItem[] = [{ label: 'Settings', to: '/settings', icon: SettingsIcon }];
