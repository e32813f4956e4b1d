// 重大行政决策听证会 on the portal (《重大行政决策程序暂行条例》第十六条: the hearing's time and place, the
// participant-selection rules and the participant list are published beforehand): the hearings of the portal's
// region announced and not yet held, soonest first, each with its 听证会公告 (DOCX, PDF) to download.
import { Alert, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import type { PublicDecisionHearingList } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';

export default function PortalHearingsPage() {
  const data = useApi<PublicDecisionHearingList>('/public/decision-hearings');
  return (
    <Card title="重大行政决策听证会">
      <Typography.Paragraph type="secondary">
        决策事项直接涉及公民、法人、其他组织切身利益或者存在较大分歧的，决策承办单位可以召开听证会，并提前公布听证时间、地点、听证参加人遴选办法和名单（《重大行政决策程序暂行条例》第十六条）。
      </Typography.Paragraph>
      {data.error && <Alert type="error" showIcon message={data.error.message} />}
      {data.data && data.data.items.length === 0 && <Empty description="目前没有正在公告的听证会" />}
      {data.data && data.data.items.length > 0 && (
        <List
          aria-label="正在公告的听证会"
          dataSource={data.data.items}
          renderItem={(h) => (
            <List.Item key={h.id}>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Typography.Text strong>{h.decisionTitle}</Typography.Text>
                <span>
                  决策机关：{h.bodyName}；承办单位：{h.sponsorName}
                </span>
                <span>
                  听证时间：{displayDate(h.hearingOn)} <Tag color="blue">{h.place}</Tag>
                </span>
                <span>听证参加人遴选办法：{h.selectionRules}</span>
                {h.applicationMethod && h.applicationClosesOn && (
                  <span>
                    报名方式：{h.applicationMethod}（报名截止日期：{displayDate(h.applicationClosesOn)}）
                  </span>
                )}
                <span>听证参加人：{h.participants.join('、')}</span>
                <Space aria-label="听证会公告">
                  听证会公告：
                  <a href={`/api/public/decision-hearings/${h.id}/announcement?format=pdf`} download>
                    <FilePdfOutlined /> PDF
                  </a>
                  <a href={`/api/public/decision-hearings/${h.id}/announcement?format=docx`} download>
                    <FileWordOutlined /> Word
                  </a>
                </Space>
                <Typography.Text type="secondary">公告日期：{displayDate(h.announcedOn)}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
