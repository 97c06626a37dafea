import type { Detector, DetectorExamples } from '../../types';
import accessCode, { examples as accessCodeExamples } from './access-code';
import anthropicKey, { examples as anthropicKeyExamples } from './anthropic-key';
import awsAccessKey, { examples as awsAccessKeyExamples } from './aws-access-key';
import bitlockerRecoveryKey, { examples as bitlockerRecoveryKeyExamples } from './bitlocker-recovery-key';
import connectionString, { examples as connectionStringExamples } from './connection-string';
import genericApiKey, { examples as genericApiKeyExamples } from './generic-api-key';
import githubToken, { examples as githubTokenExamples } from './github-token';
import gitlabToken, { examples as gitlabTokenExamples } from './gitlab-token';
import googleApiKey, { examples as googleApiKeyExamples } from './google-api-key';
import huggingfaceToken, { examples as huggingfaceTokenExamples } from './huggingface-token';
import jwt, { examples as jwtExamples } from './jwt';
import mistralKey, { examples as mistralKeyExamples } from './mistral-key';
import openaiKey, { examples as openaiKeyExamples } from './openai-key';
import passwordAssignment, { examples as passwordAssignmentExamples } from './password-assignment';
import passwordColumn, { examples as passwordColumnExamples } from './password-column';
import passwordInProse, { examples as passwordInProseExamples } from './password-in-prose';
import privateKey, { examples as privateKeyExamples } from './private-key';
import slackToken, { examples as slackTokenExamples } from './slack-token';
import stripeKey, { examples as stripeKeyExamples } from './stripe-key';
import webhookUrl, { examples as webhookUrlExamples } from './webhook-url';
import urlSecret, { examples as urlSecretExamples } from './url-secret';

/** Secrets family: prefixed tokens first, then keyword-based rules (order is not significant; priority is). */
export default [
  privateKey,
  awsAccessKey,
  githubToken,
  gitlabToken,
  slackToken,
  webhookUrl,
  googleApiKey,
  openaiKey,
  anthropicKey,
  mistralKey,
  huggingfaceToken,
  stripeKey,
  jwt,
  bitlockerRecoveryKey,
  passwordAssignment,
  passwordColumn,
  passwordInProse,
  accessCode,
  connectionString,
  urlSecret,
  genericApiKey,
] satisfies Detector[];

/** Examples by detector id, for tests and tools: see utils/detection/detector-examples.ts. */
export const examplesById = (): Readonly<Record<string, DetectorExamples>> => ({
  [privateKey.id]: privateKeyExamples,
  [awsAccessKey.id]: awsAccessKeyExamples,
  [githubToken.id]: githubTokenExamples,
  [gitlabToken.id]: gitlabTokenExamples,
  [slackToken.id]: slackTokenExamples,
  [webhookUrl.id]: webhookUrlExamples,
  [googleApiKey.id]: googleApiKeyExamples,
  [openaiKey.id]: openaiKeyExamples,
  [anthropicKey.id]: anthropicKeyExamples,
  [mistralKey.id]: mistralKeyExamples,
  [huggingfaceToken.id]: huggingfaceTokenExamples,
  [stripeKey.id]: stripeKeyExamples,
  [jwt.id]: jwtExamples,
  [bitlockerRecoveryKey.id]: bitlockerRecoveryKeyExamples,
  [passwordAssignment.id]: passwordAssignmentExamples,
  [passwordColumn.id]: passwordColumnExamples,
  [passwordInProse.id]: passwordInProseExamples,
  [accessCode.id]: accessCodeExamples,
  [connectionString.id]: connectionStringExamples,
  [urlSecret.id]: urlSecretExamples,
  [genericApiKey.id]: genericApiKeyExamples,
});
