import {
  Activity,
  BookOpen,
  ClipboardList,
  History,
  LayoutDashboard,
  type LucideIcon,
  Mail,
  MessageSquareWarning,
  Rocket,
  ScrollText,
  Settings,
  Target,
} from "lucide-react";

export type NavItem = { href: string; label: string; icon: LucideIcon };

export const navItems: NavItem[] = [
  { href: "/", label: "Overview", icon: LayoutDashboard },
  { href: "/status", label: "Status", icon: Activity },
  { href: "/launcher", label: "Launcher", icon: Rocket },
  { href: "/sessions", label: "Sessions", icon: History },
  { href: "/feedback", label: "Feedback", icon: MessageSquareWarning },
  { href: "/procedures", label: "Procedures", icon: ClipboardList },
  { href: "/knowledge", label: "Knowledge", icon: BookOpen },
  { href: "/messages", label: "Messages", icon: Mail },
  { href: "/missions", label: "Missions", icon: Target },
  { href: "/settings", label: "Settings", icon: Settings },
  { href: "/audit", label: "Audit", icon: ScrollText },
];

export function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
