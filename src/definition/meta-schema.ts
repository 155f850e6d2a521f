/**
 * The JSON Schema of definition.yaml itself, built from the field-kind registry so each kind's
 * keys are allowed exactly where that kind is used. Written to generated/definition.schema.json
 * for editors and used by the shape check below.
 */

import type { FieldKind, JsonSchema } from '../fields/kind.js';
import { COLUMN_KINDS } from '../fields/column-kinds.js';
import { FIELD_KINDS } from '../fields/registry.js';
import { OPERATOR_IDS } from '../rules/operators/index.js';
import { DOCUMENT_KINDS, DOCUMENT_NOUNS, PROFESSIONS, UNIQUENESS_MESSAGE_KEYS } from '../model/types.js';

const CAMEL_ID = '^[a-z][A-Za-z0-9]*$';
const KEBAB_ID = '^[a-z0-9]+(-[a-z0-9]+)*$';

const condition: JsonSchema = {
  type: 'object',
  description: 'Villkor i json-rules-engines syntax: all/any/not eller { fact, path, operator, value }.',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    all: { type: 'array', minItems: 1, items: { $ref: '#/$defs/condition' } },
    any: { type: 'array', minItems: 1, items: { $ref: '#/$defs/condition' } },
    not: { $ref: '#/$defs/condition' },
    fact: { type: 'string', description: 'Ett fält-id eller today, patient, issuer, unit, signing.' },
    path: { type: 'string', description: 'JSONPath i svaret, t.ex. $.ANNAT eller $[0].datum.' },
    params: { $ref: '#/$defs/factParams' },
    operator: { enum: OPERATOR_IDS },
    value: { description: 'Ett värde, eller { fact, path, params } för att jämföra med ett annat fält.' },
  },
};

const factParams: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { days: { type: 'integer', description: 'Flytta faktans datum så många dagar.' } },
};

const professions: JsonSchema = { type: 'array', uniqueItems: true, items: { enum: [...PROFESSIONS] } };
const fieldIds: JsonSchema = { type: 'array', uniqueItems: true, items: { type: 'string' } };

/** Only what differs from the defaults derived from recipient, delivery and issuers. */
const lifecycle: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Vad som får göras med intyget, av vem, och vad som följer. Ange bara det som avviker från standardvärdena (se definitions/README.md).',
  properties: {
    electronic: { type: 'boolean', description: 'Tar mottagaren emot intyget elektroniskt? Standard: nej för delivery.mode printOnly, annars ja.' },
    consentRequired: { type: 'boolean', description: 'Krävs patientens samtycke innan vården skickar? Standard: ja för Försäkringskassan med delivery.mode manual.' },
    writers: { ...professions, description: 'Yrkesroller som får skapa, ändra och vidarebefordra utkast. Standard: alla.' },
    unique: {
      type: 'object',
      additionalProperties: false,
      required: ['scope'],
      description: 'Bara ett aktuellt intyg per person, t.ex. dödsbevis.',
      properties: {
        scope: { enum: ['national', 'careProvider'], description: 'national: i hela landet; careProvider: inom vårdgivaren.' },
        certificate: { type: 'boolean', description: 'Inget nytt intyg när ett signerat finns (ersätt i stället). Standard: ja.' },
        draft: { type: 'boolean', description: 'Bara ett öppet utkast inom vårdgivaren. Standard: ja.' },
        messages: {
          type: 'object',
          additionalProperties: false,
          description: 'De nationella texterna, ordagrant.',
          properties: Object.fromEntries(UNIQUENESS_MESSAGE_KEYS.map((key) => [key, { type: 'string' }])),
        },
      },
    },
    revocation: {
      type: 'object',
      additionalProperties: false,
      description: 'Makulering.',
      properties: {
        reasonRequired: { type: 'boolean', description: 'Måste en orsak anges? Standard: ja.' },
        notice: { type: 'string', description: 'Visas när intyget makuleras, t.ex. att ringa Skatteverket.' },
        notifyRecipient: { type: 'boolean', description: 'Får mottagaren besked om makuleringen elektroniskt? Standard: ja när intyget skickats elektroniskt.' },
      },
    },
    renewable: { type: 'boolean', description: 'Kan intyget förnyas? Standard: ja.' },
    notCopiedOnRenew: { ...fieldIds, description: 'Fält som inte följer med när intyget förnyas.' },
    prefillFrom: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'fields'],
      description: 'Fält som fylls i från ett signerat intyg av en annan typ på samma vårdenhet (dödsbevis → dödsorsaksintyg).',
      properties: {
        type: { type: 'string', pattern: KEBAB_ID },
        fields: { ...fieldIds, minItems: 1 },
        missingNotice: { type: 'string', description: 'Visas när intyget skapas och vårdgivaren inte har något intyg av den typen, t.ex. Dödsbevis saknas.' },
      },
    },
    signNotice: { type: 'string', description: 'Visas vid signering, t.ex. Intyget skickas direkt till Skatteverket.' },
    sendNotices: {
      type: 'array',
      description: 'Visas när intyget skickas, var och en när dess villkor gäller (FK7804: kortare än 15 dagar).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: { when: { $ref: '#/$defs/condition' }, text: { type: 'string' } },
      },
    },
    deceasedPatient: {
      enum: ['refuse', 'allow'],
      description: 'Får intyget skapas, förnyas, ersättas och kompletteras för en avliden patient? Standard: refuse (nationellt ActionRulePatientAlive); allow för dödsbevis och dödsorsaksintyg.',
    },
    protectedPersons: {
      ...professions,
      description: 'Yrkesroller som får hantera intyget för en patient med skyddade personuppgifter (sekretessmarkering), och då bara på vårdenheten som har intyget. Standard: de som får signera.',
    },
  },
};

/** How drafts of the previous version become drafts of this one. */
const migrate: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['from'],
  description: 'Hur ett utkast i föregående version blir ett utkast i denna. Svar följer med under samma fält-id om inget annat sägs här.',
  properties: {
    from: { type: 'string', description: 'Versionen som utkasten kommer från, t.ex. "1.2".' },
    rename: {
      type: 'object',
      additionalProperties: { type: 'string', pattern: CAMEL_ID },
      description: 'Fält som bytt id: { <id i föregående version>: <id i denna> }.',
    },
    values: {
      type: 'object',
      additionalProperties: { type: 'object', minProperties: 1 },
      description: 'Svarsvärden som byter id eller form: { <fält-id i föregående version>: { <gammalt värde>: <nytt värde, eller null för att ta bort det> } }.',
    },
    drop: {
      type: 'object',
      additionalProperties: { type: 'string', minLength: 1 },
      description: 'Svar som inte följer med, och varför: { <fält-id i föregående version>: <skälet, visas i rapporten> }.',
    },
    defaults: {
      type: 'object',
      description: 'Svar ett migrerat utkast får när inget följde med: { <fält-id i denna version>: <svar> }.',
    },
  },
};

const conditionOrBoolean: JsonSchema = { anyOf: [{ type: 'boolean' }, { $ref: '#/$defs/condition' }] };

const fieldBase: Record<string, JsonSchema> = {
  id: { type: 'string', pattern: CAMEL_ID, description: 'camelCase; blir egenskapens namn i answers.' },
  ref: { type: 'string', description: 'Frågans nationella id, t.ex. "27" eller "1.3".' },
  kind: { enum: FIELD_KINDS.map((kind) => kind.kind), description: 'Fälttyp.' },
  label: { type: 'string', description: 'Frågan, ordagrant som i den nationella blanketten.' },
  help: { type: 'string', description: 'Hjälptexten som fälls ut.' },
  required: { ...conditionOrBoolean, description: 'true, eller ett villkor. Gäller alltid bara när fältet visas.' },
  showIf: { $ref: '#/$defs/condition' },
  hideIf: { $ref: '#/$defs/condition' },
  enabledIf: { $ref: '#/$defs/condition' },
  disabledIf: { $ref: '#/$defs/condition' },
  messages: {
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Egna meddelanden per kod, t.ex. { date-max: Ange dagens eller ett tidigare datum. }',
  },
};

function kindBranches(kinds: readonly FieldKind[]): JsonSchema[] {
  return kinds.map((kind) => ({
    if: { properties: { kind: { const: kind.kind } }, required: ['kind'] },
    then: {
      description: kind.description,
      properties: kind.definitionProperties,
      required: [...(kind.hasAnswer ? ['label'] : []), ...(kind.requiredProperties ?? [])],
    },
  }));
}

/** A column of a `rows` field: a field of a simple kind, required when its row is used. */
function columnSchema(): JsonSchema {
  const kinds = FIELD_KINDS.filter((kind) => (COLUMN_KINDS as readonly string[]).includes(kind.kind));
  return {
    type: 'object',
    required: ['id', 'kind', 'label'],
    properties: {
      id: fieldBase.id,
      ref: fieldBase.ref,
      kind: { enum: kinds.map((kind) => kind.kind), description: 'Kolumnens fälttyp.' },
      label: fieldBase.label,
      required: { type: 'boolean', description: 'Obligatorisk i varje rad som används.' },
    },
    allOf: kindBranches(kinds),
    unevaluatedProperties: false,
  };
}

function fieldSchema(): JsonSchema {
  return {
    type: 'object',
    required: ['id', 'kind'],
    properties: fieldBase,
    allOf: kindBranches(FIELD_KINDS),
    unevaluatedProperties: false,
  };
}

export function definitionSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'intyg/definition.schema.json',
    title: 'intyg certificate definition',
    description: 'En intygstyp: frågor, hjälptexter, mottagare och regler. Se definitions/README.md.',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'version', 'name', 'code', 'sections'],
    // A certificate has a recipient, signers and a delivery; the other documents have none.
    allOf: [
      { if: { not: { required: ['document'] } }, then: { required: ['recipient', 'issuers', 'delivery'] } },
      { if: { required: ['document'], properties: { document: { const: 'certificate' } } }, then: { required: ['recipient', 'issuers', 'delivery'] } },
      { if: { required: ['document'], properties: { document: { const: 'consent' } } }, then: { required: ['consent'] } },
      { if: { required: ['document'], properties: { document: { const: 'registration' } } }, then: { required: ['registration'] } },
      { if: { required: ['document'], properties: { document: { const: 'case' } } }, then: { required: ['case'] } },
    ],
    properties: {
      id: { type: 'string', pattern: KEBAB_ID, description: 'Intygstypens id; samma som mappens namn.' },
      version: { type: 'string', description: 'Modellens version, siffror och punkter, t.ex. "2.0". Äldre versioner av typen ligger i versions/<version>/.' },
      retired: {
        type: 'string',
        pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
        description: 'Sista dagen versionen tar nya utkast och signeras (ÅÅÅÅ-MM-DD). Signerade intyg i versionen valideras, skrivs ut och kan makuleras även efteråt.',
      },
      migrate: { $ref: '#/$defs/migrate' },
      document: {
        enum: [...DOCUMENT_KINDS],
        description: 'Vilket slags dokument: certificate (intyg, standard), consent (samtycke), registration (registrering av vårdkontakt) eller case (ärende). Väljer kuvertet runt svaren; se definitions/README.md.',
      },
      consent: {
        type: 'object',
        additionalProperties: false,
        description: 'Samtyckets roller (bara för document: consent): vilka aktörer det gäller och vilka uppgifter det omfattar.',
        properties: {
          actors: { type: 'string', description: 'Flervalsfältet vars alternativ är aktörerna samtycket gäller (blanketten för externa aktörer).' },
          actor: {
            type: 'object', additionalProperties: false, required: ['id', 'label'],
            description: 'Den enda aktör blanketten gäller, t.ex. { id: ARBETSGIVARE, label: Arbetsgivaren }.',
            properties: { id: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$' }, label: { type: 'string' } },
          },
          information: { type: 'string', description: 'Flervalsfältet som listar uppgifterna som får lämnas ut; ett återkallande kan gälla några av dem.' },
          validYears: { type: 'integer', minimum: 1, maximum: 10, description: 'År samtycket gäller från inhämtandet. Standard: 1.' },
        },
      },
      registration: {
        type: 'object',
        additionalProperties: false,
        required: ['codes'],
        description: 'Registreringens roller (bara för document: registration).',
        properties: { codes: { type: 'string', description: 'Flervalsfältet vars alternativ är KVÅ-koderna som registreras för kontakten.' } },
      },
      case: {
        type: 'object',
        additionalProperties: false,
        required: ['type'],
        description: 'Ärendets roller och svarstid (bara för document: case).',
        properties: {
          type: { type: 'string', description: 'Valfältet som anger ärendetypen.' },
          replyWithinWorkingDays: { type: 'integer', minimum: 0, maximum: 30, description: 'Arbetsdagar efter inkomstdagen inom vilka invånaren ska få första återkopplingen. Standard: 2.' },
        },
      },
      name: { type: 'string' },
      code: { type: 'string', description: 'Blankettkod, t.ex. FK7804.' },
      typeCode: { type: 'string', description: 'Kod i KV_INTYGSTYP, t.ex. LISJP.' },
      description: { type: 'string' },
      recipient: { type: 'string', description: 'Ett id ur _shared/recipients.yaml.' },
      issuers: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...PROFESSIONS] } },
      delivery: {
        type: 'object',
        additionalProperties: false,
        required: ['mode', 'availableIn1177'],
        properties: {
          mode: { enum: ['manual', 'onSign', 'printOnly'] },
          availableIn1177: { type: 'boolean' },
        },
      },
      unitContact: { enum: ['required', 'optional'] },
      documentNoun: { enum: [...DOCUMENT_NOUNS], description: 'Vad dokumentet heter i utskrifter och åtgärdstexter: intyg (standard) eller anmälan.' },
      blankText: {
        enum: ['unanswered', 'reject'],
        description: 'Fritext med bara blanksteg: unanswered (v2.0-modellerna, standard) räknas som obesvarad; reject (de äldre modulerna) ger "Fältet får inte fyllas i med endast blanksteg." i frågor som inte är obligatoriska.',
      },
      sections: {
        type: 'array',
        minItems: 1,
        items: { if: { type: 'object', required: ['include'] }, then: { $ref: '#/$defs/include' }, else: { $ref: '#/$defs/section' } },
      },
      rules: { type: 'array', items: { $ref: '#/$defs/rule' } },
      lifecycle: { $ref: '#/$defs/lifecycle' },
      print: {
        type: 'object',
        additionalProperties: false,
        description: 'Utskriftens inställningar.',
        properties: {
          hideable: { type: 'array', items: { $ref: '#/$defs/hideable' } },
          draftRecipient: { type: 'string', description: 'Vem ett utskrivet utkast inte får lämnas till, t.ex. arbetsgivaren (utkastets röda ruta).' },
          texts: {
            type: 'array',
            description: 'Fasta texter på varje utskrift, t.ex. lagrummet anmälan görs enligt.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['text'],
              properties: {
                placement: { enum: ['start', 'end'], description: 'Före frågorna eller efter dem (standard: end).' },
                heading: { type: 'string' },
                text: { type: 'string' },
              },
            },
          },
          recipientAddress: { type: 'boolean', description: 'Skriv ut mottagarens postadress (ur _shared/recipients.yaml), dit en papperskopia skickas.' },
        },
      },
    },
    $defs: {
      section: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'fields'],
        properties: {
          id: { type: 'string', pattern: CAMEL_ID },
          title: { type: 'string' },
          help: { type: 'string' },
          showIf: { $ref: '#/$defs/condition' },
          hideIf: { $ref: '#/$defs/condition' },
          fields: { type: 'array', minItems: 1, items: { $ref: '#/$defs/field' } },
        },
      },
      field: fieldSchema(),
      column: columnSchema(),
      rule: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'severity', 'target', 'when', 'message'],
        properties: {
          id: { type: 'string', pattern: KEBAB_ID },
          severity: { enum: ['error', 'warning', 'info'] },
          target: { type: 'string', description: 'Fältet (eller fält.del) som meddelandet gäller.' },
          when: { $ref: '#/$defs/condition' },
          message: { type: 'string' },
        },
      },
      include: {
        type: 'object',
        additionalProperties: false,
        required: ['include'],
        properties: { include: { type: 'string', description: 'Ett block i definitions/_shared/blocks/ (filnamnet utan .yaml).' } },
      },
      hideable: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'label', 'fields', 'replacement'],
        description: 'Uppgifter som patienten kan välja att dölja i utskriften (t.ex. diagnos på arbetsgivarens kopia).',
        properties: {
          id: { type: 'string', pattern: KEBAB_ID },
          label: { type: 'string', description: 'Vad valet heter för patienten, t.ex. diagnos.' },
          fields: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } },
          replacement: { type: 'string', description: 'Skrivs ut i stället, t.ex. På patientens begäran uppges inte diagnos.' },
          unavailableIf: { $ref: '#/$defs/condition' },
          unavailableMessage: { type: 'string' },
        },
      },
      lifecycle,
      migrate,
      condition,
      factParams,
    },
  };
}

/** A shared block (definitions/_shared/blocks/<name>.yaml): sections and rules to include. */
export function blockSchema(): JsonSchema {
  const { $defs } = definitionSchema() as { $defs: Record<string, JsonSchema> };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'intyg/block.schema.json',
    title: 'intyg shared block',
    description: 'Avsnitt och regler som flera intygstyper tar med med `- include: <namn>`.',
    type: 'object',
    additionalProperties: false,
    required: ['sections'],
    properties: {
      sections: { type: 'array', minItems: 1, items: { $ref: '#/$defs/section' } },
      rules: { type: 'array', items: { $ref: '#/$defs/rule' } },
    },
    $defs,
  };
}
