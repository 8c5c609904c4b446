import type { ReactNode } from 'react';

export function SettingsSection({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section className="card settings-section" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
