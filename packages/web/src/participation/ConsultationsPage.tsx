// 意见征集: every draft now open for public comment in the portal's region — normative documents' drafts and major
// decisions' drafts alike, or one kind chosen —, soonest closing first, each with its kind, organiser, period and the
// days left counted from the server's today. Anyone may open one and comment without an account.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Empty, List, Pagination, Segmented, Tag, Typography } from 'antd';
import { useApi } from '../api/hooks';
import { chineseDate, daysLeftText } from './participation-format';
import type { OpenSubjectConsultationPage } from '@fazhi/core/contracts';
import './participation.css';

const PAGE_SIZE = 20;
const ALL = '';

export default function ConsultationsPage() {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? ALL;
  const [page, setPage] = useState(1);
  const list = useApi<OpenSubjectConsultationPage>('/public/consultations', {
    page,
    pageSize: PAGE_SIZE,
    ...(kind ? { kind } : {}),
  });
  const items = list.data?.items ?? [];
  const kinds = list.data?.kinds ?? [];
  const choose = (value: string) => {
    setPage(1);
    setParams(value ? { kind: value } : {}, { replace: true });
  };
  return (
    <Card title="意见征集" className="fz-pp">
      <Typography.Paragraph type="secondary">
        以下规范性文件草案和重大行政决策草案正在公开征求社会公众意见。您可以打开草案阅读，对具体条文或整个草案提出意见和建议，无需注册登录。起草单位将对收到的意见进行审核、研究，并说明采纳情况。
      </Typography.Paragraph>
      {kinds.length > 1 && (
        <Segmented
          className="fz-pp-kinds"
          aria-label="草案类型"
          value={kind}
          onChange={(v) => choose(String(v))}
          options={[{ value: ALL, label: '全部' }, ...kinds]}
        />
      )}
      {list.error && <Alert type="error" showIcon role="alert" message={list.error.message} />}
      <List
        loading={list.loading}
        dataSource={items}
        locale={{ emptyText: <Empty description="目前没有正在公开征求意见的草案" /> }}
        renderItem={(c) => (
          <List.Item className="fz-pp-item">
            <div className="fz-pp-item-main">
              <Link to={`/consultations/${c.kind}/${c.id}`} className="fz-pp-item-title">
                {c.title}
              </Link>
              <div className="fz-pp-meta">
                <Tag color="geekblue">{c.kindLabel}</Tag>
                <span>起草单位：{c.orgName}</span>
                <span>
                  征求意见期：{chineseDate(c.opensOn)}至{chineseDate(c.closesOn)}
                </span>
                <span>审核通过的意见：{c.approvedCommentCount}条</span>
                {c.isDemo && <Tag>演示</Tag>}
              </div>
            </div>
            <div className="fz-pp-item-side">
              <Tag color={c.daysRemaining <= 3 ? 'red' : 'blue'} className="fz-pp-days">
                {daysLeftText(c.daysRemaining)}
              </Tag>
              <Link to={`/consultations/${c.kind}/${c.id}`}>查看草案并提出意见</Link>
            </div>
          </List.Item>
        )}
      />
      {(list.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          style={{ marginTop: 16, textAlign: 'center' }}
          current={page}
          pageSize={PAGE_SIZE}
          total={list.data?.total ?? 0}
          onChange={setPage}
          showSizeChanger={false}
          simple
        />
      )}
    </Card>
  );
}
