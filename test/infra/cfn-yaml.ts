import { parse } from 'yaml';

const INTRINSICS = [
  'Ref',
  'Condition',
  'Sub',
  'GetAtt',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'Join',
  'Select',
  'Split',
  'FindInMap',
  'Base64',
  'GetAZs',
  'ImportValue',
];

const longName = (name: string) => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`);

/**
 * Reads a CloudFormation YAML template with its short-form intrinsics (`!Ref x`, `!If [...]`)
 * turned into their JSON form, as CloudFormation itself reads them.
 */
export function parseCfnYaml(text: string): CfnTemplate {
  const customTags = INTRINSICS.flatMap((name) => [
    {
      tag: `!${name}`,
      resolve: (value: string) => ({ [longName(name)]: name === 'GetAtt' ? value.split('.') : value }),
    },
    {
      tag: `!${name}`,
      collection: 'seq' as const,
      resolve: (seq: { toJSON(): unknown }) => ({ [longName(name)]: seq.toJSON() }),
    },
  ]);
  return parse(text, { customTags }) as CfnTemplate;
}

export interface CfnResource {
  Type: string;
  Condition?: string;
  DeletionPolicy?: string;
  Properties: Record<string, unknown>;
}

export interface CfnTemplate {
  Parameters: Record<string, Record<string, unknown>>;
  Conditions: Record<string, unknown>;
  Resources: Record<string, CfnResource>;
  Outputs: Record<string, { Value: unknown }>;
}
