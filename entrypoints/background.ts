// The extension needs no background work yet: the content script checks text locally.
export default defineBackground(() => {});
