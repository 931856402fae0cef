/** The progress bar the project list and viewer share: a picture plus an accessible value. */
import { css, html, type TemplateResult } from 'lit';
import { setStyle } from '../../internal/set-style.js';
import { formatPercent } from '../../sdk/format.js';

export function progressBar(percent: number, label: string, locale: string, large = false): TemplateResult {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return html`<div
    class="progress ${large ? 'large' : ''}"
    part="progress"
    role="progressbar"
    aria-label=${label}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${value}
    aria-valuetext=${formatPercent(value, locale)}
  >
    <span ${setStyle({ width: `${value}%` })}></span>
  </div>`;
}

export const progressStyles = css`
  .progress {
    min-width: 4rem;
  }
  .progress-row > .progress {
    flex: 1;
  }
  .progress.large {
    height: 0.75rem;
  }
`;
