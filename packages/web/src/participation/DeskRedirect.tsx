// /console/normative-comments, the normative module's comment queue before the desk became shared, opens the shared
// desk filtered to normative documents.
import { consoleLink, participationMenu } from '@fazhi/core/modules';
import { Navigate } from 'react-router-dom';

export default function DeskRedirect() {
  return <Navigate replace to={`${consoleLink(participationMenu, 'consultation-comments')}?kind=normative_document`} />;
}
