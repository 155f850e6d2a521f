// @generated from src/server/responses.ts by scripts/generate-api-schemas.ts. DO NOT EDIT. Run `npm run generate:api` to update.

/** JSON Schemas (2020-12) of the responses, by type name; `$ref`s point into the OpenAPI components. */
export const API_SCHEMAS: Readonly<Record<string, Record<string, unknown>>> = {
  "Action": {
    "type": "string",
    "enum": [
      "create",
      "update",
      "deleteDraft",
      "sign",
      "send",
      "print",
      "replace",
      "revoke",
      "copy",
      "renew",
      "createFromTemplate",
      "complement"
    ]
  },
  "ActionsResponse": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string"
      },
      "status": {
        "$ref": "#/components/schemas/LifecycleStatus"
      },
      "actions": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Availability"
        }
      }
    },
    "required": [
      "type",
      "status",
      "actions"
    ],
    "additionalProperties": false,
    "description": "POST /actions: the status as the user sees it, and every action with whether it is allowed now."
  },
  "ApplyResponse": {
    "type": "object",
    "properties": {
      "ok": {
        "type": "boolean",
        "const": true
      },
      "certificates": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/NewCertificate"
        }
      },
      "effects": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Effect"
        }
      }
    },
    "required": [
      "ok",
      "certificates",
      "effects"
    ],
    "additionalProperties": false,
    "description": "POST /actions/{action}: the certificates to store and the effects the service is to carry out."
  },
  "Availability": {
    "anyOf": [
      {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "action": {
            "$ref": "#/components/schemas/Action"
          },
          "allowed": {
            "type": "boolean",
            "const": true
          },
          "notices": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "action",
          "allowed",
          "notices"
        ]
      },
      {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "action": {
            "$ref": "#/components/schemas/Action"
          },
          "code": {
            "type": "string"
          },
          "reason": {
            "type": "string",
            "description": "Swedish, for the user."
          },
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Issue"
            },
            "description": "With `invalid-certificate`: the validation errors that stand in the way."
          },
          "allowed": {
            "type": "boolean",
            "const": false
          }
        },
        "required": [
          "action",
          "allowed",
          "code",
          "reason"
        ]
      }
    ]
  },
  "CaseDeadline": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "type": {
        "type": "string"
      },
      "personId": {
        "type": "string"
      },
      "unit": {
        "type": "string"
      },
      "caseType": {
        "type": "string",
        "description": "The case's type in words (the definition's `case.type` answer's label)."
      },
      "status": {
        "$ref": "#/components/schemas/CaseStatus"
      },
      "statusText": {
        "type": "string"
      },
      "handler": {
        "type": "string"
      },
      "receivedAt": {
        "type": "string",
        "description": "`2026-03-18 08:42`, Swedish time."
      },
      "dueDate": {
        "type": "string",
        "description": "The last day the first reply is in time."
      },
      "firstReplyAt": {
        "type": "string"
      },
      "state": {
        "$ref": "#/components/schemas/DeadlineState",
        "description": "open: waiting, still in time; late: waiting past the due date; answered(-late): replied (after the due date)."
      },
      "late": {
        "type": "boolean"
      },
      "workingDaysLeft": {
        "type": "number",
        "description": "Working days left to the due date (0 on the due date itself); negative when past it. Open cases only."
      }
    },
    "required": [
      "type",
      "status",
      "statusText",
      "receivedAt",
      "dueDate",
      "state",
      "late"
    ],
    "additionalProperties": false
  },
  "CaseOverview": {
    "type": "object",
    "properties": {
      "date": {
        "type": "string"
      },
      "cases": {
        "type": "number"
      },
      "due": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CaseDeadline"
        },
        "description": "Waiting for a first reply, in time, by due date."
      },
      "late": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CaseDeadline"
        },
        "description": "Waiting past the due date, oldest first."
      },
      "answered": {
        "type": "number"
      },
      "answeredLate": {
        "type": "number"
      },
      "skipped": {
        "type": "number",
        "description": "Lines that are not cases of a known case type, or have no usable received time."
      }
    },
    "required": [
      "date",
      "cases",
      "due",
      "late",
      "answered",
      "answeredLate",
      "skipped"
    ],
    "additionalProperties": false
  },
  "CaseStatus": {
    "type": "string",
    "enum": [
      "ny",
      "delsvar",
      "motfraga",
      "besvarad",
      "avslutad"
    ]
  },
  "CasesResponse": {
    "$ref": "#/components/schemas/CaseOverview",
    "description": "POST /arenden: the 1177 cases waiting for a first reply (due) and those past their due date (late)."
  },
  "CleanResponse": {
    "$ref": "#/components/schemas/CleanResult",
    "description": "POST /clean: a copy without the answers to hidden or unknown questions, and which they were."
  },
  "CleanResult": {
    "type": "object",
    "properties": {
      "certificate": {
        "type": "object",
        "additionalProperties": {},
        "description": "A copy with the dropped answers removed; the input itself is never changed."
      },
      "dropped": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/DroppedAnswer"
        }
      }
    },
    "required": [
      "certificate",
      "dropped"
    ],
    "additionalProperties": false
  },
  "CodeHit": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string",
        "description": "As the code system writes it: `F321` (ICD-10-SE, no dot), `A02-P` (KSH97-P)."
      },
      "title": {
        "type": "string"
      }
    },
    "required": [
      "code",
      "title"
    ],
    "additionalProperties": false
  },
  "CodeSearchResponse": {
    "$ref": "#/components/schemas/CodeSearchResult",
    "description": "GET /codes/{system}?q=: codes by prefix or by words of their titles."
  },
  "CodeSearchResult": {
    "type": "object",
    "properties": {
      "codeSystem": {
        "$ref": "#/components/schemas/CodeSystemId"
      },
      "hits": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CodeHit"
        }
      },
      "more": {
        "type": "boolean",
        "description": "More codes matched than `limit`: the user should narrow the search."
      }
    },
    "required": [
      "codeSystem",
      "hits",
      "more"
    ],
    "additionalProperties": false
  },
  "CodeSystemId": {
    "type": "string",
    "enum": [
      "icd10se",
      "ksh97p"
    ]
  },
  "CodeTitleResponse": {
    "type": "object",
    "properties": {
      "codeSystem": {
        "$ref": "#/components/schemas/CodeSystemId"
      },
      "code": {
        "type": "string"
      },
      "title": {
        "type": "string"
      }
    },
    "required": [
      "codeSystem",
      "code",
      "title"
    ],
    "additionalProperties": false,
    "description": "GET /codes/{system}/{code}: one code's title."
  },
  "Condition": {
    "anyOf": [
      {
        "type": "object",
        "properties": {
          "all": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Condition"
            }
          }
        },
        "required": [
          "all"
        ],
        "additionalProperties": false
      },
      {
        "type": "object",
        "properties": {
          "any": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Condition"
            }
          }
        },
        "required": [
          "any"
        ],
        "additionalProperties": false
      },
      {
        "type": "object",
        "properties": {
          "not": {
            "$ref": "#/components/schemas/Condition"
          }
        },
        "required": [
          "not"
        ],
        "additionalProperties": false
      },
      {
        "$ref": "#/components/schemas/LeafCondition"
      }
    ]
  },
  "ConsentResponse": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "date": {
        "type": "string"
      },
      "rejected": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "index": {
              "type": "number"
            },
            "id": {
              "type": "string"
            },
            "reason": {
              "type": "string"
            }
          },
          "required": [
            "index",
            "reason"
          ],
          "additionalProperties": false
        }
      },
      "valid": {
        "type": "boolean"
      },
      "reason": {
        "type": "string",
        "description": "Why, in Swedish: which consent applies, or why none does."
      },
      "consent": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "obtainedOn": {
            "type": "string"
          },
          "validUntil": {
            "type": "string"
          }
        },
        "required": [
          "type",
          "obtainedOn",
          "validUntil"
        ],
        "additionalProperties": false,
        "description": "The consent that applies (or the one that came closest)."
      }
    },
    "required": [
      "date",
      "reason",
      "rejected",
      "valid"
    ],
    "description": "POST /samtycke: whether a valid consent covers the actor on the date, why, and the consents that did not count."
  },
  "Count": {
    "type": "object",
    "properties": {
      "key": {
        "type": "string"
      },
      "label": {
        "type": "string"
      },
      "total": {
        "type": "number"
      },
      "women": {
        "type": "number"
      },
      "men": {
        "type": "number"
      }
    },
    "required": [
      "key",
      "label",
      "total",
      "women",
      "men"
    ],
    "additionalProperties": false
  },
  "DeadlineState": {
    "type": "string",
    "enum": [
      "open",
      "late",
      "answered",
      "answered-late"
    ]
  },
  "DeliveryMode": {
    "type": "string",
    "enum": [
      "manual",
      "onSign",
      "printOnly"
    ]
  },
  "DocumentKind": {
    "type": "string",
    "enum": [
      "certificate",
      "consent",
      "registration",
      "case"
    ]
  },
  "DropReason": {
    "type": "string",
    "enum": [
      "removed",
      "declared",
      "value",
      "incompatible",
      "hidden",
      "unknown-field"
    ],
    "description": "Why an answer was left behind."
  },
  "DroppedAnswer": {
    "type": "object",
    "properties": {
      "field": {
        "type": "string",
        "description": "The answer's key in `answers`."
      },
      "reason": {
        "type": "string",
        "enum": [
          "hidden",
          "unknown-field"
        ],
        "description": "`hidden`: the rules do not show the question; `unknown-field`: the type has no such question."
      },
      "label": {
        "type": "string",
        "description": "The question as the form words it, for telling the user; absent for unknown keys."
      },
      "message": {
        "type": "string"
      }
    },
    "required": [
      "field",
      "reason",
      "message"
    ],
    "additionalProperties": false
  },
  "Effect": {
    "anyOf": [
      {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "const": "sendToRecipient"
          },
          "recipient": {
            "type": "string"
          }
        },
        "required": [
          "kind",
          "recipient"
        ],
        "additionalProperties": false
      },
      {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "const": "publishTo1177"
          }
        },
        "required": [
          "kind"
        ],
        "additionalProperties": false
      },
      {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "const": "notifyRevocation"
          },
          "recipient": {
            "type": "string"
          }
        },
        "required": [
          "kind",
          "recipient"
        ],
        "additionalProperties": false
      },
      {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "const": "notice"
          },
          "text": {
            "type": "string"
          }
        },
        "required": [
          "kind",
          "text"
        ],
        "additionalProperties": false
      },
      {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "const": "print"
          },
          "watermark": {
            "type": "string"
          }
        },
        "required": [
          "kind"
        ],
        "additionalProperties": false
      },
      {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "const": "markReplaced"
          },
          "certificateId": {
            "type": "string"
          }
        },
        "required": [
          "kind",
          "certificateId"
        ],
        "additionalProperties": false
      },
      {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "const": "closeComplementQuestions"
          },
          "certificateId": {
            "type": "string"
          },
          "questionIds": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "kind",
          "certificateId",
          "questionIds"
        ],
        "additionalProperties": false
      }
    ]
  },
  "EngineRule": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "conditions": {
        "$ref": "#/components/schemas/Condition"
      },
      "event": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string"
          },
          "params": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          }
        },
        "required": [
          "type",
          "params"
        ],
        "additionalProperties": false
      }
    },
    "required": [
      "name",
      "conditions",
      "event"
    ],
    "additionalProperties": false
  },
  "ErrorBody": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      },
      "messageEn": {
        "type": "string"
      },
      "field": {
        "type": "string",
        "description": "A path into the request body (`answers.period.to`, `certificates/0`), when one is to blame."
      },
      "errors": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Issue"
        },
        "description": "409 `invalid-certificate`: the validation errors that keep the certificate from being signed or sent."
      }
    },
    "required": [
      "code",
      "message",
      "messageEn"
    ],
    "additionalProperties": false
  },
  "EvaluationResult": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string"
      },
      "version": {
        "type": "string",
        "description": "The version the certificate was evaluated as: its own."
      },
      "sections": {
        "type": "object",
        "additionalProperties": {
          "type": "object",
          "properties": {
            "shown": {
              "type": "boolean"
            }
          },
          "required": [
            "shown"
          ],
          "additionalProperties": false
        }
      },
      "fields": {
        "type": "object",
        "additionalProperties": {
          "$ref": "#/components/schemas/FieldEvaluation"
        }
      },
      "errors": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Issue"
        },
        "description": "Why the payload could not be evaluated, when it could not."
      }
    },
    "required": [
      "sections",
      "fields",
      "errors"
    ],
    "additionalProperties": false
  },
  "FieldDescription": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "kind": {
        "type": "string"
      },
      "ref": {
        "type": "string"
      },
      "label": {
        "type": "string"
      },
      "help": {
        "type": "string"
      },
      "sectionId": {
        "type": "string"
      },
      "required": {
        "anyOf": [
          {
            "type": "boolean"
          },
          {
            "$ref": "#/components/schemas/Condition"
          }
        ]
      },
      "showIf": {
        "$ref": "#/components/schemas/Condition"
      },
      "hideIf": {
        "$ref": "#/components/schemas/Condition"
      },
      "enabledIf": {
        "$ref": "#/components/schemas/Condition"
      },
      "disabledIf": {
        "$ref": "#/components/schemas/Condition"
      },
      "messages": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        }
      },
      "props": {
        "type": "object",
        "additionalProperties": {},
        "description": "The kind-specific keys, as written (maxLength, options, columns …)."
      }
    },
    "required": [
      "id",
      "kind",
      "label",
      "sectionId",
      "required",
      "messages",
      "props"
    ],
    "additionalProperties": false,
    "description": "A field as the model has it, without the compiler's pointer into the YAML."
  },
  "FieldEvaluation": {
    "type": "object",
    "properties": {
      "shown": {
        "type": "boolean"
      },
      "required": {
        "type": "boolean"
      },
      "enabled": {
        "type": "boolean"
      },
      "messages": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "severity": {
              "type": "string",
              "enum": [
                "error",
                "warning",
                "info"
              ]
            },
            "code": {
              "type": "string"
            },
            "message": {
              "type": "string"
            }
          },
          "required": [
            "severity",
            "code",
            "message"
          ],
          "additionalProperties": false
        }
      }
    },
    "required": [
      "shown",
      "required",
      "enabled",
      "messages"
    ],
    "additionalProperties": false
  },
  "FmbResponse": {
    "$ref": "#/components/schemas/FmbResult",
    "description": "GET /fmb/{code}."
  },
  "FmbResult": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string",
        "description": "The code as asked, normalized (`F32.1` → `F321`)."
      },
      "matchedCode": {
        "type": "string",
        "description": "The code whose FMB text is shown, e.g. `F32` for `F321`."
      },
      "groupId": {
        "type": "string"
      },
      "title": {
        "type": "string"
      },
      "relatedCodes": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "code": {
              "type": "string"
            },
            "title": {
              "type": "string"
            }
          },
          "required": [
            "code",
            "title"
          ],
          "additionalProperties": false
        }
      },
      "texts": {
        "type": "object",
        "properties": {
          "generalInfo": {
            "type": "string"
          },
          "symptomPrognosisTreatment": {
            "type": "string"
          },
          "functionalImpairment": {
            "type": "string"
          },
          "activityLimitation": {
            "type": "string"
          },
          "rehabilitation": {
            "type": [
              "string",
              "null"
            ]
          }
        },
        "required": [
          "generalInfo",
          "symptomPrognosisTreatment",
          "functionalImpairment",
          "activityLimitation",
          "rehabilitation"
        ],
        "additionalProperties": false
      },
      "reference": {
        "anyOf": [
          {
            "type": "object",
            "properties": {
              "text": {
                "type": "string"
              },
              "uri": {
                "type": "string"
              }
            },
            "required": [
              "text",
              "uri"
            ],
            "additionalProperties": false
          },
          {
            "type": "null"
          }
        ]
      },
      "typicalCases": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/FmbTypicalCase"
        },
        "description": "The typical cases for the matched code, shortest recommendation first."
      },
      "maxDays": {
        "type": [
          "number",
          "null"
        ],
        "description": "The longest recommended length in days among them; null when none has a length."
      }
    },
    "required": [
      "code",
      "matchedCode",
      "groupId",
      "title",
      "relatedCodes",
      "texts",
      "reference",
      "typicalCases",
      "maxDays"
    ],
    "additionalProperties": false
  },
  "FmbTimeUnit": {
    "type": "string",
    "enum": [
      "d",
      "wk",
      "mo"
    ],
    "description": "A recommendation's time unit as Socialstyrelsen writes it; `mo` counts 31 days (TidEnhet)."
  },
  "FmbTypicalCase": {
    "type": "object",
    "properties": {
      "text": {
        "type": "string",
        "description": "The typfall sentence, e.g. \"Vid ljumskbråck … rekommenderas ingen sjukskrivning.\""
      },
      "recommendation": {
        "type": "string",
        "description": "The recommendation as worded, e.g. \"Upp till 3 veckor\"."
      },
      "degree": {
        "type": "string",
        "description": "`heltid` or `deltid`: the highest degree the recommendation allows."
      },
      "amount": {
        "type": [
          "number",
          "null"
        ]
      },
      "unit": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/FmbTimeUnit"
          },
          {
            "type": "null"
          }
        ]
      },
      "days": {
        "type": [
          "number",
          "null"
        ],
        "description": "amount × unit in days; null when the recommendation has no length (\"Under behandlingen\")."
      },
      "codes": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "ICD-10 codes the typical case applies to."
      }
    },
    "required": [
      "text",
      "recommendation",
      "degree",
      "amount",
      "unit",
      "days",
      "codes"
    ],
    "additionalProperties": false
  },
  "Health": {
    "type": "object",
    "properties": {
      "status": {
        "type": "string",
        "const": "ok"
      }
    },
    "required": [
      "status"
    ],
    "additionalProperties": false,
    "description": "GET /health."
  },
  "IndicatorRow": {
    "type": "object",
    "properties": {
      "unit": {
        "type": "string"
      },
      "unitName": {
        "type": "string"
      },
      "listed": {
        "type": "number",
        "description": "Listed patients aged 16–68; absent when no listing was given for the unit."
      },
      "sickLeaveCases": {
        "type": "number",
        "description": "Ongoing sick-leave cases on the date, patients aged 16–68."
      },
      "casesPer1000": {
        "type": "number"
      },
      "ratioToMedian": {
        "type": "number",
        "description": "casesPer1000 divided by the median of all units with a listing."
      },
      "komplettering": {
        "type": "object",
        "properties": {
          "certificates": {
            "type": "number"
          },
          "withRequest": {
            "type": "number"
          },
          "share": {
            "type": "number"
          }
        },
        "required": [
          "certificates",
          "withRequest",
          "share"
        ],
        "additionalProperties": false
      },
      "reminders": {
        "type": "number"
      },
      "rehabCoordinatorPatients": {
        "type": "number",
        "description": "Unique patients with a GC001 contact in the period."
      },
      "plans": {
        "type": "number",
        "description": "Registrations with DV077 in the period."
      }
    },
    "required": [
      "unit",
      "sickLeaveCases",
      "komplettering",
      "reminders",
      "rehabCoordinatorPatients",
      "plans"
    ],
    "additionalProperties": false
  },
  "Indicators": {
    "type": "object",
    "properties": {
      "date": {
        "type": "string"
      },
      "period": {
        "type": "object",
        "properties": {
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          }
        },
        "required": [
          "from",
          "to"
        ],
        "additionalProperties": false
      },
      "medianCasesPer1000": {
        "type": "number",
        "description": "The median of the units' cases per 1000 listed patients (units with a listing)."
      },
      "units": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/IndicatorRow"
        }
      },
      "region": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "unit": {
            "type": "string",
            "const": "region"
          },
          "unitName": {
            "type": "string"
          },
          "listed": {
            "type": "number",
            "description": "Listed patients aged 16–68; absent when no listing was given for the unit."
          },
          "sickLeaveCases": {
            "type": "number",
            "description": "Ongoing sick-leave cases on the date, patients aged 16–68."
          },
          "casesPer1000": {
            "type": "number"
          },
          "komplettering": {
            "type": "object",
            "properties": {
              "certificates": {
                "type": "number"
              },
              "withRequest": {
                "type": "number"
              },
              "share": {
                "type": "number"
              }
            },
            "required": [
              "certificates",
              "withRequest",
              "share"
            ],
            "additionalProperties": false
          },
          "reminders": {
            "type": "number"
          },
          "rehabCoordinatorPatients": {
            "type": "number",
            "description": "Unique patients with a GC001 contact in the period."
          },
          "plans": {
            "type": "number",
            "description": "Registrations with DV077 in the period."
          }
        },
        "required": [
          "komplettering",
          "plans",
          "rehabCoordinatorPatients",
          "reminders",
          "sickLeaveCases",
          "unit",
          "unitName"
        ]
      }
    },
    "required": [
      "date",
      "period",
      "units",
      "region"
    ],
    "additionalProperties": false
  },
  "IndicatorsResponse": {
    "$ref": "#/components/schemas/Indicators",
    "description": "POST /indikatorer: the quality indicators per care unit and for the region."
  },
  "Issue": {
    "type": "object",
    "properties": {
      "field": {
        "type": "string"
      },
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      }
    },
    "required": [
      "field",
      "code",
      "message"
    ],
    "additionalProperties": false
  },
  "LeafCondition": {
    "type": "object",
    "properties": {
      "fact": {
        "type": "string"
      },
      "path": {
        "type": "string"
      },
      "params": {
        "type": "object",
        "properties": {
          "days": {
            "type": "number"
          }
        },
        "additionalProperties": false
      },
      "operator": {
        "type": "string"
      },
      "value": {}
    },
    "required": [
      "fact",
      "operator"
    ],
    "additionalProperties": false
  },
  "LifecycleCertificate": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "type": {
        "type": "string"
      },
      "version": {
        "type": "string"
      },
      "status": {
        "$ref": "#/components/schemas/StoredStatus"
      },
      "signedAt": {
        "type": "string"
      },
      "sentAt": {
        "type": "string"
      },
      "patient": {
        "type": "object",
        "properties": {
          "personId": {
            "type": "string"
          }
        },
        "additionalProperties": false
      },
      "issuer": {
        "type": "object",
        "properties": {
          "hsaId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "profession": {
            "type": "string"
          }
        },
        "additionalProperties": false
      },
      "unit": {
        "type": "object",
        "additionalProperties": {}
      },
      "answers": {
        "type": "object",
        "additionalProperties": {}
      }
    },
    "required": [
      "type"
    ],
    "additionalProperties": false
  },
  "LifecycleStatus": {
    "type": "string",
    "enum": [
      "draft",
      "locked",
      "signed",
      "sent",
      "replaced",
      "revoked",
      "deleted"
    ],
    "description": "What the user sees: stored status refined by sending, replacement and locking."
  },
  "MigrateResponse": {
    "$ref": "#/components/schemas/MigrationResult",
    "description": "POST /migrate: the draft in the later version, and what moved, changed or was dropped."
  },
  "MigrationChange": {
    "type": "object",
    "properties": {
      "kind": {
        "$ref": "#/components/schemas/MigrationChangeKind"
      },
      "field": {
        "type": "string",
        "description": "The question in the version migrated to; for `dropped`, the question the answer belonged to."
      },
      "from": {
        "type": "string",
        "description": "`moved`: the field id in the version migrated from."
      },
      "reason": {
        "$ref": "#/components/schemas/DropReason",
        "description": "`dropped`: why."
      },
      "label": {
        "type": "string",
        "description": "The question as the form words it."
      },
      "before": {
        "description": "`changed`: the answer before and after."
      },
      "after": {},
      "message": {
        "type": "string",
        "description": "What happened, in Swedish, for the user."
      }
    },
    "required": [
      "kind",
      "field",
      "message"
    ],
    "additionalProperties": false
  },
  "MigrationChangeKind": {
    "type": "string",
    "enum": [
      "moved",
      "changed",
      "dropped",
      "defaulted",
      "required",
      "invalid"
    ]
  },
  "MigrationReport": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string"
      },
      "from": {
        "type": "string",
        "description": "The version the draft was in, and the one it is in now."
      },
      "to": {
        "type": "string"
      },
      "changes": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/MigrationChange"
        },
        "description": "Everything that did not come over exactly as it was, in the order it was found."
      },
      "kept": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The questions whose answers came over unchanged."
      }
    },
    "required": [
      "type",
      "from",
      "to",
      "changes",
      "kept"
    ],
    "additionalProperties": false
  },
  "MigrationResult": {
    "type": "object",
    "properties": {
      "certificate": {
        "type": "object",
        "additionalProperties": {},
        "description": "A copy of the draft in the new version; the input is never changed."
      },
      "report": {
        "$ref": "#/components/schemas/MigrationReport"
      }
    },
    "required": [
      "certificate",
      "report"
    ],
    "additionalProperties": false
  },
  "NewCertificate": {
    "type": "object",
    "properties": {
      "certificate": {
        "$ref": "#/components/schemas/LifecycleCertificate"
      },
      "relation": {
        "type": "object",
        "properties": {
          "kind": {
            "$ref": "#/components/schemas/RelationKind"
          },
          "certificateId": {
            "type": "string"
          }
        },
        "required": [
          "kind"
        ],
        "additionalProperties": false,
        "description": "How the new certificate relates to the one acted on; absent for the one acted on itself."
      },
      "dropped": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/DroppedAnswer"
        },
        "description": "Answers left out of a new draft because its type hides or lacks the question (see clean)."
      },
      "migration": {
        "$ref": "#/components/schemas/MigrationReport",
        "description": "When the source was of an earlier version: the new draft is in the type's current version, and this says what moved, changed or could not be carried over (see `runtime/migrate.ts`)."
      }
    },
    "required": [
      "certificate"
    ],
    "additionalProperties": false
  },
  "OpenApiDocument": {
    "type": "object",
    "properties": {
      "openapi": {
        "type": "string"
      },
      "info": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string"
          },
          "version": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "license": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "identifier": {
                "type": "string"
              }
            },
            "required": [
              "name"
            ],
            "additionalProperties": false
          }
        },
        "required": [
          "title",
          "version"
        ],
        "additionalProperties": false
      },
      "jsonSchemaDialect": {
        "type": "string"
      },
      "servers": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "url": {
              "type": "string"
            },
            "description": {
              "type": "string"
            }
          },
          "required": [
            "url"
          ],
          "additionalProperties": false
        }
      },
      "security": {
        "type": "array",
        "items": {
          "type": "object",
          "additionalProperties": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "description": "Empty: the service has no authentication of its own (patient-level routes add their own)."
      },
      "tags": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "name": {
              "type": "string"
            },
            "description": {
              "type": "string"
            }
          },
          "required": [
            "name"
          ],
          "additionalProperties": false
        }
      },
      "paths": {
        "type": "object",
        "additionalProperties": {
          "type": "object",
          "additionalProperties": {}
        }
      },
      "components": {
        "type": "object",
        "properties": {
          "schemas": {
            "type": "object",
            "additionalProperties": {}
          },
          "securitySchemes": {
            "type": "object",
            "additionalProperties": {}
          },
          "examples": {
            "type": "object",
            "additionalProperties": {}
          }
        },
        "additionalProperties": false
      }
    },
    "required": [
      "openapi",
      "info",
      "paths"
    ],
    "additionalProperties": false,
    "description": "GET /openapi.json: an OpenAPI 3.1 document."
  },
  "Readiness": {
    "type": "object",
    "properties": {
      "ready": {
        "type": "boolean"
      },
      "browser": {
        "type": "string",
        "enum": [
          "starting",
          "up",
          "missing",
          "failed"
        ],
        "description": "'starting' until the printer has launched Chromium once, then 'up' or 'missing'/'failed'."
      },
      "types": {
        "type": "number",
        "description": "Certificate types loaded."
      },
      "printQueue": {
        "type": "number",
        "description": "Prints running or waiting."
      },
      "reason": {
        "type": "string",
        "description": "Why not ready, in Swedish."
      },
      "code": {
        "type": "string",
        "const": "not-ready",
        "description": "On 503, the service's error shape as well: `not-ready`."
      },
      "message": {
        "type": "string",
        "description": "On 503: what is not ready, in Swedish."
      },
      "messageEn": {
        "type": "string",
        "description": "On 503: the same in English."
      }
    },
    "required": [
      "ready",
      "browser",
      "types",
      "printQueue"
    ],
    "additionalProperties": false,
    "description": "GET /ready, with 200 when ready and 503 when not."
  },
  "RelationKind": {
    "type": "string",
    "enum": [
      "replaces",
      "renews",
      "copies",
      "complements",
      "prefilledFrom"
    ]
  },
  "RuleSet": {
    "type": "object",
    "properties": {
      "$comment": {
        "type": "string"
      },
      "type": {
        "type": "string"
      },
      "version": {
        "type": "string"
      },
      "rules": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/EngineRule"
        }
      }
    },
    "required": [
      "$comment",
      "type",
      "version",
      "rules"
    ],
    "additionalProperties": false
  },
  "Sex": {
    "type": "string",
    "enum": [
      "M",
      "F",
      "U"
    ]
  },
  "Sjukfall": {
    "type": "object",
    "properties": {
      "patient": {
        "type": "object",
        "properties": {
          "personId": {
            "type": "string"
          },
          "sex": {
            "$ref": "#/components/schemas/Sex"
          },
          "age": {
            "type": [
              "number",
              "null"
            ]
          }
        },
        "required": [
          "personId",
          "sex",
          "age"
        ],
        "additionalProperties": false
      },
      "diagnosis": {
        "type": [
          "string",
          "null"
        ]
      },
      "secondaryDiagnoses": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "start": {
        "type": "string"
      },
      "end": {
        "type": "string"
      },
      "days": {
        "type": "number",
        "description": "Covered days, inclusive; gap days between certificates are not counted."
      },
      "certificates": {
        "type": "number"
      },
      "certificateIds": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "degrees": {
        "type": "array",
        "items": {
          "type": "number"
        },
        "description": "The active certificate's degrees (percent) in date order."
      },
      "currentDegree": {
        "type": [
          "number",
          "null"
        ],
        "description": "The degree on the active date; null for a recently ended case."
      },
      "occupation": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "doctor": {
        "anyOf": [
          {
            "type": "object",
            "properties": {
              "hsaId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              }
            },
            "additionalProperties": false
          },
          {
            "type": "null"
          }
        ]
      },
      "unit": {
        "anyOf": [
          {
            "type": "object",
            "properties": {
              "hsaId": {
                "type": "string"
              },
              "name": {
                "type": "string"
              }
            },
            "additionalProperties": false
          },
          {
            "type": "null"
          }
        ]
      },
      "activeCertificateId": {
        "type": [
          "string",
          "null"
        ]
      },
      "recentlyEnded": {
        "type": "boolean"
      }
    },
    "required": [
      "patient",
      "diagnosis",
      "secondaryDiagnoses",
      "start",
      "end",
      "days",
      "certificates",
      "certificateIds",
      "degrees",
      "currentDegree",
      "occupation",
      "doctor",
      "unit",
      "activeCertificateId",
      "recentlyEnded"
    ],
    "additionalProperties": false
  },
  "SjukfallResponse": {
    "type": "object",
    "properties": {
      "cases": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Sjukfall"
        }
      }
    },
    "required": [
      "cases"
    ],
    "additionalProperties": false,
    "description": "POST /sjukfall."
  },
  "Statistics": {
    "type": "object",
    "properties": {
      "cases": {
        "type": "number"
      },
      "bySex": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Count"
        }
      },
      "byAgeBand": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Count"
        }
      },
      "byChapter": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Count"
        }
      },
      "byDiagnosisGroup": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Count"
        }
      },
      "byDegree": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Count"
        }
      },
      "byLengthBand": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Count"
        }
      },
      "komplettering": {
        "type": "object",
        "properties": {
          "certificates": {
            "type": "number"
          },
          "withRequest": {
            "type": "number"
          },
          "share": {
            "type": "number"
          }
        },
        "required": [
          "certificates",
          "withRequest",
          "share"
        ],
        "additionalProperties": false,
        "description": "Present when questions were given."
      }
    },
    "required": [
      "cases",
      "bySex",
      "byAgeBand",
      "byChapter",
      "byDiagnosisGroup",
      "byDegree",
      "byLengthBand"
    ],
    "additionalProperties": false
  },
  "StatistikResponse": {
    "$ref": "#/components/schemas/Statistics",
    "description": "POST /statistik."
  },
  "StoredStatus": {
    "type": "string",
    "enum": [
      "draft",
      "locked",
      "signed",
      "revoked",
      "deleted"
    ],
    "description": "Stored statuses: the envelope's, plus deleted which a service may keep for its history."
  },
  "TypeDetail": {
    "type": "object",
    "properties": {
      "versions": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "version": {
              "type": "string",
              "description": "The model version, digits and dots (\"2.0\"); a payload names it in its `version`."
            },
            "retired": {
              "type": "string",
              "description": "The last day this version takes new drafts and signs them (YYYY-MM-DD). Signed certificates of a retired version still validate, print and can be revoked."
            }
          },
          "required": [
            "version"
          ],
          "additionalProperties": false
        }
      },
      "id": {
        "type": "string"
      },
      "version": {
        "type": "string",
        "description": "The model version, digits and dots (\"2.0\"); a payload names it in its `version`."
      },
      "document": {
        "$ref": "#/components/schemas/DocumentKind",
        "description": "The document kind; `certificate` unless the definition says otherwise."
      },
      "code": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "description": {
        "type": "string"
      },
      "recipient": {
        "type": "string",
        "description": "Certificates only."
      },
      "issuers": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Certificates only: the professions that may sign."
      },
      "delivery": {
        "type": "object",
        "properties": {
          "mode": {
            "$ref": "#/components/schemas/DeliveryMode"
          },
          "availableIn1177": {
            "type": "boolean"
          }
        },
        "required": [
          "mode",
          "availableIn1177"
        ],
        "additionalProperties": false,
        "description": "Certificates only."
      },
      "sections": {
        "type": "array",
        "items": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "fields": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "id": {
              "type": "string"
            },
            "title": {
              "type": "string"
            }
          },
          "required": [
            "fields",
            "id",
            "title"
          ]
        }
      },
      "fields": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/FieldDescription"
        }
      },
      "schema": {
        "type": "object",
        "additionalProperties": {},
        "description": "The type's JSON Schema (2020-12), as published in `generated/<id>.schema.json`."
      },
      "rules": {
        "$ref": "#/components/schemas/RuleSet",
        "description": "The type's json-rules-engine rule set, as published in `generated/<id>.rules.json`."
      }
    },
    "required": [
      "code",
      "document",
      "fields",
      "id",
      "name",
      "rules",
      "schema",
      "sections",
      "version",
      "versions"
    ],
    "additionalProperties": false,
    "description": "GET /types/{id}: everything a form needs to show and check a certificate of this type."
  },
  "TypeList": {
    "type": "object",
    "properties": {
      "types": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/TypeSummary"
        }
      }
    },
    "required": [
      "types"
    ],
    "additionalProperties": false,
    "description": "GET /types."
  },
  "TypeSummary": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "versions": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "version": {
              "type": "string",
              "description": "The model version, digits and dots (\"2.0\"); a payload names it in its `version`."
            },
            "retired": {
              "type": "string",
              "description": "The last day this version takes new drafts and signs them (YYYY-MM-DD). Signed certificates of a retired version still validate, print and can be revoked."
            }
          },
          "required": [
            "version"
          ],
          "additionalProperties": false
        }
      },
      "id": {
        "type": "string"
      },
      "version": {
        "type": "string",
        "description": "The model version, digits and dots (\"2.0\"); a payload names it in its `version`."
      },
      "document": {
        "$ref": "#/components/schemas/DocumentKind",
        "description": "The document kind; `certificate` unless the definition says otherwise."
      },
      "code": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "description": {
        "type": "string"
      },
      "recipient": {
        "type": "string",
        "description": "Certificates only."
      },
      "issuers": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Certificates only: the professions that may sign."
      },
      "delivery": {
        "type": "object",
        "properties": {
          "mode": {
            "$ref": "#/components/schemas/DeliveryMode"
          },
          "availableIn1177": {
            "type": "boolean"
          }
        },
        "required": [
          "mode",
          "availableIn1177"
        ],
        "additionalProperties": false,
        "description": "Certificates only."
      }
    },
    "required": [
      "code",
      "document",
      "id",
      "name",
      "version",
      "versions"
    ],
    "description": "A document type in short, in one version: `document` says whether it is a certificate, a consent, a registration or a case (only certificates have recipient, issuers and delivery); `versions` are every version the service knows, oldest first."
  },
  "ValidationResult": {
    "type": "object",
    "properties": {
      "valid": {
        "type": "boolean"
      },
      "errors": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Issue"
        }
      },
      "warnings": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Issue"
        }
      },
      "info": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Issue"
        }
      }
    },
    "required": [
      "valid",
      "errors",
      "warnings",
      "info"
    ],
    "additionalProperties": false
  }
};
