// 执法证件查询 on the portal (内蒙古自治区人民政府令第244号第八条): anyone types a certificate number and reads the
// holder's name, unit, certificate kind, category, area and the certificate's status as of today — nothing more.
// The number lives in the address (?number=), so a result can be shared; one column, so it reads on a phone.
import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Input, Tag, Typography } from 'antd';
import type { PublicCertificate } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';

export default function PortalCertificatePage() {
  const [params, setParams] = useSearchParams();
  const number = params.get('number')?.trim() ?? '';
  const found = useApi<PublicCertificate>(
    number ? `/public/enforcement/certificates/${encodeURIComponent(number)}` : null,
  );
  return (
    <Card size="small" title="执法证件查询" style={{ maxWidth: 640, margin: '0 auto' }}>
      <Typography.Paragraph type="secondary">
        行政执法人员执法时应当主动出示执法证件。输入证件号可查询持证人的姓名、所在单位、执法类别、执法区域和证件状态。
      </Typography.Paragraph>
      <Input.Search
        aria-label="执法证件号"
        placeholder="请输入执法证件号"
        enterButton="查询"
        defaultValue={number}
        allowClear
        onSearch={(v) => setParams(v.trim() ? { number: v.trim() } : {})}
        style={{ marginBottom: 16 }}
      />
      {found.error && (
        <Alert
          type="warning"
          showIcon
          message={found.error.status === 404 ? `未查询到证件号为「${number}」的执法证件` : found.error.message}
          description={
            found.error.status === 404 ? '请核对证件号；如对执法人员身份有疑问，可向当地司法行政部门反映。' : undefined
          }
        />
      )}
      {found.data && (
        <Descriptions
          bordered
          size="small"
          column={1}
          title={
            <>
              {found.data.certificateKindLabel}
              {found.data.isDemo && (
                <Tag color="purple" style={{ marginLeft: 8 }}>
                  演示数据
                </Tag>
              )}
            </>
          }
          items={[
            { key: 'name', label: '姓名', children: found.data.name },
            { key: 'org', label: '所在单位', children: found.data.organisationName },
            { key: 'number', label: '证件号', children: found.data.certificateNumber },
            { key: 'category', label: '执法类别', children: found.data.category || '—' },
            { key: 'area', label: '执法区域', children: found.data.area || '—' },
            {
              key: 'status',
              label: '证件状态',
              children: <Tag color={found.data.valid ? 'green' : 'red'}>{found.data.statusLabel}</Tag>,
            },
          ]}
        />
      )}
    </Card>
  );
}
