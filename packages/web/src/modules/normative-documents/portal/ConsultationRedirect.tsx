// The portal's earlier addresses of a normative draft's consultation (/normative-consultations[/:id]) lead to the
// shared 意见征集 pages, which list and show every kind of draft.
import { Navigate, useParams } from 'react-router-dom';

const KIND = 'normative_document';

export default function ConsultationRedirect() {
  const { id } = useParams();
  return (
    <Navigate replace to={id ? `/consultations/${KIND}/${encodeURIComponent(id)}` : `/consultations?kind=${KIND}`} />
  );
}
