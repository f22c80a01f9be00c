import { useEffect, useRef } from 'react';
import { parseAllowedOrigins } from '../../core/embed/origins';
import { useConfig } from '../../stores/configStore';
import { useSelectedModel } from '../models/useModels';
import { startBridge } from './bridge';
import { useEmbed } from './embedStore';

/**
 * Opens the host API once config.json has said which origins may use it
 * (`embed.allowedOrigins`). Never from the URL: anyone can write a URL.
 */
export function useHostBridge(): void {
  const { info } = useSelectedModel();
  const infoRef = useRef(info);
  useEffect(() => {
    infoRef.current = info;
  }, [info]);
  const status = useConfig((s) => s.status);
  const allowed = useConfig((s) => s.config.embed.allowedOrigins);

  useEffect(() => {
    if (status !== 'ready') return;
    const { patterns } = parseAllowedOrigins(allowed);
    useEmbed.setState({ origins: patterns.map((p) => p.text) });
    return startBridge({ patterns, modelInfo: () => infoRef.current });
  }, [status, allowed]);
}
