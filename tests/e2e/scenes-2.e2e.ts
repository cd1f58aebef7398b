/** Generated real-browser checks for shard 2 of the built scenes (see support/sceneSuites.ts). */
import { sceneSuites } from './support/sceneSuites';
import { scenesOfShard } from './support/shards';

sceneSuites(scenesOfShard(2), 2);
