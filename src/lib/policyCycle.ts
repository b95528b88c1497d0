import cycle from '../../content/data/policy-cycle.json';
import { PolicyCycleFileSchema, type PolicyCycleSection } from '../schemas/policyCycle.ts';
import { siteUrl } from './urls.ts';

/** The converter's content/data/policy-cycle.json, checked, with its URLs under this site's base path. */
export function publishedPolicyCycle(): { sections: PolicyCycleSection[] } {
  const { sections } = PolicyCycleFileSchema.parse(cycle);
  return { sections: sections.map((s) => ({ ...s, url: siteUrl(s.url), evaluationUrl: siteUrl(s.evaluationUrl) })) };
}
