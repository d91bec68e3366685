/** Returns a `t(key, params)` function for one locale's messages. */
export function translator(messages) {
    return (key, params = {}) => {
        const message = messages[key];
        if (message === undefined)
            throw new Error(`UI string "${key}" is not loaded on this page: add "${key.split('.')[0]}" to its pageMessages`);
        return message.replace(/\{(\w+)\}/g, (whole, name) => name in params ? String(params[name]) : whole);
    };
}
