import { useRef, useState, type FormEvent } from 'react';
import { formatBytes, IMAGE_TYPES, MAX_IMAGE_BYTES } from '../../core/images/imageLimits';
import { attachFiles, attachUrl } from './attach';
import { useAttachments } from './attachmentsStore';
import './images.css';

/** The composer's image controls: attach a file or an address, see and remove them. */
export function ImageAttachmentsView() {
  const images = useAttachments((s) => s.images);
  const error = useAttachments((s) => s.error);
  const remove = useAttachments((s) => s.remove);
  const fileInput = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');

  const addUrl = (e: FormEvent) => {
    e.preventDefault();
    if (attachUrl(url)) setUrl('');
  };

  return (
    <div className="image-attachments">
      {images.length > 0 && (
        <ul className="image-thumbs" aria-label="Attached images">
          {images.map((src, i) => (
            <li key={`${i}-${src.slice(-24)}`} className="image-thumb">
              <img src={src} alt={`Attached image ${i + 1}`} />
              <button
                type="button"
                className="icon-button image-remove"
                aria-label={`Remove image ${i + 1}`}
                title="Remove image"
                onClick={() => remove(i)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="image-controls">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Attach image
        </button>
        <input
          ref={fileInput}
          className="image-file-input"
          type="file"
          accept={IMAGE_TYPES.join(',')}
          multiple
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = ''; // picking the same file again still fires
            void attachFiles(files);
          }}
        />
        <form className="image-url-form" onSubmit={addUrl}>
          <input
            type="text"
            inputMode="url"
            aria-label="Image URL"
            placeholder="or an image URL (https://…)"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" disabled={url.trim() === ''}>
            Add image URL
          </button>
        </form>
      </div>
      {images.length > 0 && (
        <p className="fine">
          Sent with your next message, up to {formatBytes(MAX_IMAGE_BYTES)} each. Whether this model
          reads images is not known here; if it cannot, the server will say so.
        </p>
      )}
    </div>
  );
}
