import type { GeneratedTest, Scenario } from '../model.js';
import { templateGenerator } from './template/index.js';
import type { GenerationInput, GenerationPlan, PlannedFile } from './types.js';

export type { GenerationInput, GenerationPlan, PlanGap, PlannedFile, ScenarioCode } from './types.js';

/** The template generator's plan for `input` (pure, deterministic). */
export function planGeneration(input: GenerationInput): GenerationPlan {
  return templateGenerator.plan(input) as GenerationPlan;
}

export function toGeneratedTest(file: PlannedFile, state: GeneratedTest['state']): GeneratedTest {
  const scenarios: Scenario[] = file.scenarios.map((s) => ({ name: s.name, kind: s.kind, reachesHandler: s.reachesHandler }));
  return { file: file.file, points: file.points, scenarios, generator: { name: 'template' }, hash: file.hash, state };
}
