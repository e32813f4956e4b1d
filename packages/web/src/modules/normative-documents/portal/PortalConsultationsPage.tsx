// 意见征集: the drafts of normative documents now open for public comment in the portal's region, soonest closing
// first, each with its drafting unit, period and days left. Anyone may open one and comment without an account.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Empty, List, Pagination, Tag, Typography } from 'antd';
import { useApi } from '../../../api/hooks';
import { chineseDate, daysLeftText } from './portal-participation-format';
import type { OpenConsultationPage } from '@fazhi/core/contracts';
import './portal-participation.css';

const PAGE_SIZE = 20;

export default function PortalConsultationsPage() {
  const [page, setPage] = useState(1);
  const list = useApi<OpenConsultationPage>('/public/normative-consultations', { page, pageSize: PAGE_SIZE });
  const items = list.data?.items ?? [];
  return (
    <Card title="意见征集" className="fz-pp">
      <Typography.Paragraph type="secondary">
        以下规范性文件草案正在公开征求社会公众意见。您可以打开草案逐条阅读，并对具体条文或整个文件提出意见和建议，无需注册登录。起草单位将对收到的意见进行审核、研究，并说明采纳情况。
      </Typography.Paragraph>
      {list.error && <Alert type="error" showIcon role="alert" message={list.error.message} />}
      <List
        loading={list.loading}
        dataSource={items}
        locale={{ emptyText: <Empty description="目前没有正在公开征求意见的文件草案" /> }}
        renderItem={(c) => (
          <List.Item className="fz-pp-item">
            <div className="fz-pp-item-main">
              <Link to={`/normative-consultations/${c.id}`} className="fz-pp-item-title">
                {c.title}
              </Link>
              <div className="fz-pp-meta">
                <span>起草单位：{c.draftingOrgName}</span>
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
              <Link to={`/normative-consultations/${c.id}`}>查看草案并提出意见</Link>
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
