import base from '@tianshan/eslint-config/base';

export default base;
