import JSZip from "jszip";

/** Edits one XML part of an .xlsx package; an edit that changes nothing is a bug (the part is not what we expect). */
export async function editPart(zip: JSZip, path: string, edit: (xml: string) => string): Promise<void> {
  const file = zip.file(path);
  if (!file) throw new Error(`The package has no ${path}`);
  const xml = await file.async("string");
  const updated = edit(xml);
  if (updated === xml) throw new Error(`Could not edit ${path}`);
  zip.file(path, updated);
}
