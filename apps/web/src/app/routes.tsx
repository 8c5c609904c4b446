import type { ReactNode } from 'react';
import { CheckEmailPage } from '../pages/account/CheckEmailPage';
import { ForgotPasswordPage } from '../pages/account/ForgotPasswordPage';
import { LoginPage } from '../pages/account/LoginPage';
import { ResetPasswordPage } from '../pages/account/ResetPasswordPage';
import { SignupPage } from '../pages/account/SignupPage';
import { VerifyEmailPage } from '../pages/account/VerifyEmailPage';
import { adminRoutes } from '../pages/admin/admin-routes';
import { BulletinPage } from '../pages/member/BulletinPage';
import { ChannelsPage } from '../pages/member/ChannelsPage';
import { InboxPage } from '../pages/member/InboxPage';
import { FollowsPage } from '../pages/member/FollowsPage';
import { ProjectPage } from '../pages/member/ProjectPage';
import { SettingsPage } from '../pages/member/SettingsPage';
import { SubscriptionEditorPage } from '../pages/member/SubscriptionEditorPage';
import { SubscriptionsPage } from '../pages/member/SubscriptionsPage';
import { WatchesPage } from '../pages/member/WatchesPage';

export type Access = 'anyone' | 'guest' | 'member' | 'admin';

export interface RouteDef {
  path: string;
  access: Access;
  render: (params: Record<string, string>) => ReactNode;
}

export const routes: RouteDef[] = [
  { path: '/login', access: 'guest', render: () => <LoginPage /> },
  { path: '/signup', access: 'guest', render: () => <SignupPage /> },
  { path: '/signup/sent', access: 'anyone', render: () => <CheckEmailPage /> },
  { path: '/verify-email', access: 'anyone', render: () => <VerifyEmailPage /> },
  { path: '/forgot-password', access: 'anyone', render: () => <ForgotPasswordPage /> },
  { path: '/reset-password', access: 'anyone', render: () => <ResetPasswordPage /> },
  { path: '/subscriptions', access: 'member', render: () => <SubscriptionsPage /> },
  { path: '/subscriptions/new', access: 'member', render: () => <SubscriptionEditorPage /> },
  { path: '/subscriptions/:id', access: 'member', render: (p) => <SubscriptionEditorPage key={p.id} id={p.id} /> },
  { path: '/inbox', access: 'member', render: () => <InboxPage /> },
  { path: '/bulletins/:id', access: 'member', render: (p) => <BulletinPage id={p.id} /> },
  { path: '/projects/:id', access: 'member', render: (p) => <ProjectPage key={p.id} id={p.id} /> },
  { path: '/follows', access: 'member', render: () => <FollowsPage /> },
  { path: '/watches', access: 'member', render: () => <WatchesPage /> },
  { path: '/settings', access: 'member', render: () => <SettingsPage /> },
  { path: '/channels', access: 'member', render: () => <ChannelsPage /> },
  ...adminRoutes,
];
