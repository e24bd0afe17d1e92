// The one place features hook into sync: each feature registers its processors and
// pending-replacement hooks in its own module, imported here for its side effect. The app imports
// this file once at start-up, before any sync runs. One line per feature.
import '@/lib/budgeting/sync-processors';
import '@/lib/monitoring/sync-processor';
import '@/lib/accounts/sync-processor';
