export default defineBackground(() => {
  // Wiring only; the policy and statistics issues add their handlers here.
});
