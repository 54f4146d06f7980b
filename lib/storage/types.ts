// The storage interface behind uploaded documents. The database keeps the metadata (Attachment);
// a Storage keeps the bytes under a server-generated key. Local disk today, an object store later.

export interface Storage {
  /** Stores the bytes under a new key; refuses to overwrite an existing one. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The whole content, or null when the key holds nothing. */
  get(key: string): Promise<Uint8Array | null>;
  /** The content as a web stream (for HTTP responses), or null when the key holds nothing. */
  stream(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the content; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}
