import { fire } from './dispatch-events';

export interface StoredFileBytes {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** Put a file into a file input the way a drop or picker does: through a DataTransfer's FileList. */
export function putFile(input: HTMLInputElement, file: StoredFileBytes): boolean {
  const win = input.ownerDocument.defaultView;
  const FileCtor = win?.File ?? File;
  const TransferCtor = win?.DataTransfer ?? DataTransfer;
  const transfer = new TransferCtor();
  transfer.items.add(new FileCtor([file.bytes as BlobPart], file.name, { type: file.type }));
  input.files = transfer.files;
  fire(input, 'input');
  fire(input, 'change');
  return input.files?.[0]?.name === file.name;
}

export function restoreFiles(input: HTMLInputElement, files: readonly File[]): void {
  const win = input.ownerDocument.defaultView;
  const transfer = new (win?.DataTransfer ?? DataTransfer)();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  fire(input, 'change');
}
