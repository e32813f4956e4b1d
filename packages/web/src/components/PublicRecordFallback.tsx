// What a public record's page shows until it has its record: "not found" for an id the server does not answer
// (404, or 400 for an id that cannot be one — to the public both are simply absent), the server's message for any
// other failure, and a loading skeleton while loading. The portal's document and decision pages use it.
import type { ReactNode } from 'react';
import { Alert, Card, Result, Skeleton } from 'antd';
import type { ApiError } from '../api/client';

export function publicRecordFallback(
  res: { data: unknown; error: ApiError | null },
  notFound: { title: string; subTitle: string; back: ReactNode },
): ReactNode | null {
  if (res.error?.status === 404 || res.error?.status === 400)
    return <Result status="404" title={notFound.title} subTitle={notFound.subTitle} extra={notFound.back} />;
  if (res.error) return <Alert type="error" showIcon message={res.error.message} />;
  if (!res.data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  return null;
}
