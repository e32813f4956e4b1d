// The console page of a decision, for the review desk's and the audit log's links.
import { consoleLink, decisionsMenu } from '@fazhi/core/modules';

export const decisionLink = (id: string) => consoleLink(decisionsMenu, 'decision-records', id);
