import { useState } from 'react';
import { projectsApi } from '../api/endpoints';
import { t } from '../i18n/zh-CN';
import { ErrorNote } from './StatusViews';
import { useAction } from '../hooks/use-action';

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
  const { busy, error, act } = useAction();
  const toggle = () =>
    act(async () => {
      await (following ? projectsApi.unfollow(projectId) : projectsApi.follow(projectId));
      setFollowing(!following);
      onChange?.(!following);
    });
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
