import { IMAGE_NOT_STORED } from '../../core/images/images';
import './images.css';

/** The images a sent message carries, as thumbnails. */
export function MessageImages({ images }: { images?: string[] }) {
  if (!images?.length) return null;
  return (
    <ul className="message-images" aria-label="Images">
      {images.map((src, i) =>
        src === IMAGE_NOT_STORED ? (
          <li
            key={i}
            className="image-not-stored"
            title="Too large to keep in this browser's storage"
          >
            Image not kept after reload
          </li>
        ) : (
          <li key={i}>
            <img src={src} alt={`Image ${i + 1}`} loading="lazy" />
          </li>
        ),
      )}
    </ul>
  );
}
