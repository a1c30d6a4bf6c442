import { Before } from '@cucumber/cucumber';
import type { EwsWorld } from '../world.ts';

/** Gives each scenario's World its tags, which name the requirements the scenario verifies. */
Before(function (this: EwsWorld, { pickle }) {
  this.tags = pickle.tags.map((t) => t.name);
});
