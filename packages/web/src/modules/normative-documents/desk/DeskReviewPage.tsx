// 合法性审核: the justice bureau's reviewer reads the review package (the draft with the pre-check findings marked in
// place, legal bases, drafting explanation, comments and answers, fair-competition review), works through the
// statutory checklist and records the opinion and result. Others who may read the document see the package only.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useApi } from '../../../api/hooks';
import type {
  DeadlineResult as DeskDeadlineResult,
  NormativeDocument as DeskDocument,
  ReviewPackage,
} from '@fazhi/core/contracts';
import { chineseDate } from './desk-format';
import DeskDraftText from './DeskDraftText';
import DeskPackagePanels from './DeskPackagePanels';
import DeskReviewForm from './DeskReviewForm';
import { DeadlineWhy } from '../../../components/RecordDeadlines';

export default function DeskReviewPage() {
  const { id = '' } = useParams();
  const doc = useApi<DeskDocument>(`/normative-documents/${id}`);
  const pkg = useApi<ReviewPackage>(`/normative-documents/${id}/review-package`);
  const [recorded, setRecorded] = useState<DeskDocument | null>(null);
  const d = recorded ?? doc.data;
  const open = d?.reviews.filter((r) => r.kind === 'legality' && r.result === null).at(-1) ?? null;
  const latest = d?.reviews.filter((r) => r.kind === 'legality').at(-1) ?? null;
  const submittedOn = open?.submittedOn ?? null;
  // The shortest review time (rule normative.legality-review-min) is not stored as a deadline: the calendar engine
  // computes it from the submission day for the document's region.
  const min = useApi<DeskDeadlineResult>(submittedOn && d ? '/public/deadline' : null, {
    rule: 'normative.legality-review-min',
    from: submittedOn,
    region: d?.regionCode,
  });
  const max = d?.deadlines.filter((x) => x.kind === 'legality-review').at(-1) ?? null;

  const failed = doc.error ?? pkg.error;
  if (failed)
    return (
      <Result
        status={failed.status === 403 ? '403' : failed.status === 404 ? '404' : 'error'}
        title={failed.status === 404 ? '未找到该规范性文件，或您无权查看' : '无法打开合法性审核材料'}
        subTitle={failed.message}
      />
    );
  if (!d || !pkg.data) return <Skeleton active />;
  const may = d.abilities.recordLegalityReview === true;

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Typography.Title level={4} style={{ margin: 0 }}>
          合法性审核：{d.title}
          {d.isDemo && (
            <Tag color="purple" style={{ marginLeft: 8, verticalAlign: 'middle' }}>
              演示数据
            </Tag>
          )}
        </Typography.Title>
        <Descriptions size="small" column={3} style={{ marginTop: 8 }}>
          <Descriptions.Item label="起草单位">{d.draftingOrgName}</Descriptions.Item>
          <Descriptions.Item label="制定机关">{d.issuerName}</Descriptions.Item>
          <Descriptions.Item label="状态">
            <Tag color={d.status === 'legality_review' ? 'blue' : 'default'}>{d.statusLabel}</Tag>
            <Link to={consoleLink(normativeMenu, 'normative-documents', d.id)}>文件详情</Link>
          </Descriptions.Item>
          <Descriptions.Item label="报送审核">
            {open ? `第${open.round}次，${chineseDate(open.submittedOn)}` : latest ? `第${latest.round}次` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="最早办结" span={1}>
            {min.data ? (
              <>
                {chineseDate(min.data.due)}
                <span style={{ marginLeft: 8 }}>
                  <DeadlineWhy explanation={min.data.explanation} basis={min.data.basis} />
                </span>
              </>
            ) : min.error ? (
              <Typography.Text type="danger">{min.error.message}</Typography.Text>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="最迟办结">
            {max ? (
              <>
                {chineseDate(max.due)}
                {max.status === 'missed' && (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    已逾期
                  </Tag>
                )}
                <span style={{ marginLeft: 8 }}>
                  <DeadlineWhy explanation={max.explanation} basis={max.basis} />
                </span>
              </>
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <DeskDraftText
        title={pkg.data.title}
        articles={pkg.data.articles}
        findings={pkg.data.precheck?.findings ?? null}
      />

      <Card size="small" title="审核材料">
        <DeskPackagePanels pkg={pkg.data} />
      </Card>

      {recorded ? (
        <Alert
          type="success"
          showIcon
          message={`合法性审核意见已记录：${recorded.reviews.filter((r) => r.kind === 'legality').at(-1)?.resultLabel ?? ''}`}
          description={`文件状态：${recorded.statusLabel}`}
        />
      ) : may ? (
        <DeskReviewForm
          documentId={d.id}
          checklist={pkg.data.checklist}
          earliest={min.data?.due ?? null}
          highFindings={(pkg.data.precheck?.findings ?? []).filter((f) => f.severity === 'high').length}
          onDone={(next) => {
            setRecorded(next);
            pkg.reload();
          }}
        />
      ) : (
        <Alert
          type="info"
          showIcon
          message={
            d.status === 'legality_review'
              ? '您可以查阅审核材料；作出合法性审核意见需由司法行政部门的审核人员办理。'
              : `该文件当前状态为“${d.statusLabel}”，不在合法性审核阶段，审核材料仅供查阅。`
          }
        />
      )}
    </Space>
  );
}
