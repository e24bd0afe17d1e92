// The one place features hook into sync: each line imports a module that registers its sync
// processor (lib/sync/processors.ts) when loaded. Import this file wherever syncs run.
import '@/lib/monitoring/sync-processor';
