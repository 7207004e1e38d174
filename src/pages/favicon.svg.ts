import type { APIRoute } from 'astro';
import { logoFile } from '../lib/logo.ts';

/** favicon.svg, drawn from the same shapes as the header's inline logo. */
export const GET: APIRoute = () => new Response(logoFile(), { headers: { 'Content-Type': 'image/svg+xml' } });
