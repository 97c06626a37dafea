import type { Detector } from '../../types';
import anthropicKey from './anthropic-key';
import awsAccessKey from './aws-access-key';
import connectionString from './connection-string';
import genericApiKey from './generic-api-key';
import githubToken from './github-token';
import gitlabToken from './gitlab-token';
import googleApiKey from './google-api-key';
import huggingfaceToken from './huggingface-token';
import jwt from './jwt';
import mistralKey from './mistral-key';
import openaiKey from './openai-key';
import passwordAssignment from './password-assignment';
import privateKey from './private-key';
import slackToken from './slack-token';
import urlSecret from './url-secret';

/** Secrets family: prefixed tokens first, then keyword-based rules (order is not significant; priority is). */
export default [
  privateKey,
  awsAccessKey,
  githubToken,
  gitlabToken,
  slackToken,
  googleApiKey,
  openaiKey,
  anthropicKey,
  mistralKey,
  huggingfaceToken,
  jwt,
  passwordAssignment,
  connectionString,
  urlSecret,
  genericApiKey,
] satisfies Detector[];
