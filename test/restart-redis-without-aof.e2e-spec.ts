import { describeRealRestarts } from './support/real-restarts';

// Own redis-server and PostgreSQL, really killed and restarted under load (see real-restarts.ts).
describeRealRestarts(false);
