// The approved public comments on one article (or on the whole draft) and the drafting unit's answers
// (意见采纳情况反馈). Shown as text; the commenter is never named.
import { Tag } from 'antd';
import { chinaDay, chineseDate } from './participation-format';
import type { ApprovedComment } from '@fazhi/core/contracts';

const answerColor = { adopted: 'green', partly_adopted: 'gold', not_adopted: 'default' } as const;

export default function ApprovedComments({ comments }: { comments: readonly ApprovedComment[] }) {
  if (comments.length === 0) return null;
  return (
    <details className="fz-pp-comments">
      <summary>公众意见（{comments.length}条）及采纳情况</summary>
      {comments.map((c) => (
        <div key={c.id} className="fz-pp-comment">
          <div className="fz-pp-comment-head">
            公众意见 · {chineseDate(chinaDay(c.submittedAt))}
            {c.answer && c.answerLabel ? (
              <Tag color={answerColor[c.answer]} style={{ marginLeft: 8 }}>
                {c.answerLabel}
              </Tag>
            ) : (
              <Tag style={{ marginLeft: 8 }}>待答复</Tag>
            )}
          </div>
          <div className="fz-pp-comment-body">{c.body}</div>
          {c.answerReason && <div className="fz-pp-comment-answer">起草单位答复：{c.answerReason}</div>}
        </div>
      ))}
    </details>
  );
}
