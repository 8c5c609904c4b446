import { useState } from 'react';
import { projectsApi } from '../api/endpoints';
import { t } from '../i18n/zh-CN';
import { ErrorNote } from './StatusViews';

interface Props {
  projectId: string;
  following: boolean;
  /** Told after each change, so a list around it can stay current. */
  onChange?: (following: boolean) => void;
  className?: string;
}

/** 关注此项目 / 取消关注 for one project, wherever a notice of it is shown. */
export function FollowButton({ projectId, following: initial, onChange, className = 'button-link' }: Props) {
  const [following, setFollowing] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      await (following ? projectsApi.unfollow(projectId) : projectsApi.follow(projectId));
      setFollowing(!following);
      onChange?.(!following);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={busy}
        aria-pressed={following}
        data-action="follow"
        onClick={() => void toggle()}
      >
        {following ? t.follows.unfollow : t.follows.follow}
      </button>
      {error != null && <ErrorNote error={error} />}
    </>
  );
}
